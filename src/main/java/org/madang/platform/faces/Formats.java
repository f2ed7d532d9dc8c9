package org.madang.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times in the viewer's language and the portal's time zone (Korea by default). */
@Named("fmt")
@ApplicationScoped
public class Formats {
    @Inject
    ZoneId zone;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.currentLocale()).withZone(zone).format(instant);
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.currentLocale()).format(date);
    }

    public ZoneId zoneId() {
        return zone;
    }
}
