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

    /** A file's size as people read it: "392 bytes", "48 KB", "1.2 MB" (in the viewer's language). */
    public String fileSize(long bytes) {
        return fileSize(bytes, Messages.currentLocale());
    }

    static String fileSize(long bytes, java.util.Locale locale) {
        if (bytes < 1024) {
            return Messages.format(locale, "format.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.format(locale, "format.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return Messages.format(locale, "format.size.mb", Math.round(bytes / 104857.6) / 10.0);
    }

    /** What kind of file a media type is, in words ("PDF document"), never the MIME type itself. */
    public String fileKind(String mediaType) {
        return Messages.format(fileKindKey(mediaType));
    }

    public static String fileKindKey(String mediaType) {
        if (mediaType == null) {
            return "format.file.other";
        }
        return switch (mediaType.toLowerCase(java.util.Locale.ROOT)) {
            case "application/pdf" -> "format.file.pdf";
            case "image/jpeg", "image/jpg" -> "format.file.jpeg";
            case "image/png" -> "format.file.png";
            default -> "format.file.other";
        };
    }

    /** A role code ("CITIZEN") as the role's name; "—" when none is recorded. */
    public String role(String code) {
        if (code == null || code.isBlank() || "-".equals(code)) {
            return "—";
        }
        String key = "role." + code;
        String name = Messages.format(key);
        return name.equals(key) ? code : name;
    }

    public ZoneId zoneId() {
        return zone;
    }
}
