package org.madang.disclosure.request.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The holidays of the real migration, so the day arithmetic is tested on the data production counts with. */
final class Holidays {
    static final String MIGRATION = "db/migration/V202611270710__services_applications_holidays.sql";
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private Holidays() {
    }

    static DisclosureCalendar calendar() {
        return DisclosureCalendar.of(days(), SEOUL);
    }

    static List<LocalDate> days() {
        try (InputStream in = Holidays.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " not on the test classpath");
            }
            Matcher m = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})'")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<LocalDate> days = new ArrayList<>();
            while (m.find()) {
                days.add(LocalDate.parse(m.group(1)));
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
