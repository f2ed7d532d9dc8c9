package org.madang.services.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The holidays of the real migration, so the clock's unit tests count with the data production uses. */
final class HolidayData {
    static final String MIGRATION = "db/migration/V202611270710__services_applications_holidays.sql";

    private HolidayData() {
    }

    static HolidayCalendar calendar() {
        return HolidayCalendar.of(days());
    }

    static List<LocalDate> days() {
        try (InputStream in = HolidayData.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " not on the test classpath");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})'").matcher(sql);
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
