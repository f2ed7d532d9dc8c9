package org.madang.privacy.api;

import org.madang.platform.faces.Formats;
import org.madang.platform.faces.Messages;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExport;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Download my data" as one self-contained, readable HTML document (no scripts, no external files,
 * printable): a heading per section and each record as a list of labelled values, in the reader's
 * language. Coded values are translated where the text bundle knows them: a value that is itself a
 * key (purposes), {@code <field>.<value>} (region.SEOUL), the same with the field in the singular
 * (role.CITIZEN for "roles"), {@code <labelPrefix><field>.<value>}, or a data field's name
 * ({@code privacy.field.<value>}, for the fields listed in an access-log entry).
 */
final class ExportHtml {
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,99}");

    private final Locale locale;
    private final ZoneId zone;
    private final PrintWriter out;

    private ExportHtml(Locale locale, ZoneId zone, Writer out) {
        this.locale = locale;
        this.zone = zone;
        this.out = new PrintWriter(out);
    }

    static void write(PersonalDataExport export, Locale locale, ZoneId zone, Writer out) {
        new ExportHtml(locale, zone, out).document(export);
    }

    private void document(PersonalDataExport export) {
        String title = t("privacy.export.html.title");
        out.printf("<!DOCTYPE html>%n<html lang=\"%s\">%n<head>%n<meta charset=\"UTF-8\">%n", locale.getLanguage());
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.printf("<title>%s</title>%n", esc(title));
        out.println("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;"
                + "line-height:1.5;color:#1b1f24}h2{border-bottom:2px solid #0b4f8a;margin-top:2rem}"
                + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;border:1px solid #c9d1db;"
                + "padding:.5rem;margin:.5rem 0}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}</style>");
        out.printf("</head>%n<body>%n<main>%n<h1>%s</h1>%n", esc(title));
        out.printf("<p>%s</p>%n", esc(Messages.format(locale, "privacy.export.html.lead", export.accountId(),
                time(export.exportedAt()))));
        if (export.withheldAccesses() > 0) {
            out.printf("<p>%s</p>%n", esc(Messages.format(locale, "privacy.export.html.withheld",
                    export.withheldAccesses())));
        }
        for (ExportSection s : export.sections()) {
            section(s);
        }
        out.println("</main>\n</body>\n</html>");
        out.flush();
    }

    private void section(ExportSection s) {
        out.printf("<section id=\"%s\">%n<h2>%s</h2>%n", s.id(), esc(t(s.titleKey())));
        if (s.records().isEmpty()) {
            out.printf("<p>%s</p>%n", esc(t("privacy.export.html.none")));
        }
        for (Map<String, Object> record : s.records()) {
            out.println(record(s, record));
        }
        out.println("</section>");
    }

    /** A record as a list of labelled values; nested records (a timeline's steps) as lists inside it. */
    private String record(ExportSection s, Map<?, ?> record) {
        StringBuilder b = new StringBuilder("<dl>");
        record.forEach((field, value) -> b.append("<dt>").append(esc(t(s.labelPrefix() + field))).append("</dt><dd>")
                .append(html(s, (String) field, value)).append("</dd>\n"));
        return b.append("</dl>").toString();
    }

    private String html(ExportSection s, String field, Object v) {
        if (v instanceof Map<?, ?> m) {
            return record(s, m);
        }
        if (v instanceof Collection<?> c && !c.isEmpty() && c.stream().allMatch(x -> x instanceof Map)) {
            StringBuilder b = new StringBuilder();
            c.forEach(x -> b.append(record(s, (Map<?, ?>) x)));
            return b.toString();
        }
        return esc(value(s, field, v));
    }

    private String value(ExportSection s, String field, Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? "—"
                    : c.stream().map(item -> value(s, field, item)).collect(Collectors.joining(", "));
        }
        if (v instanceof Boolean b) {
            return t(b ? "privacy.export.html.yes" : "privacy.export.html.no");
        }
        if (v instanceof Instant i) {
            return time(i);
        }
        if (v instanceof LocalDate d) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d);
        }
        String text = v.toString();
        if ("mediaType".equals(field)) {
            return t(Formats.fileKindKey(text)); // "PDF document", never "application/pdf"
        }
        if (v instanceof String && CODE.matcher(text).matches()) {
            String singular = field.endsWith("s") ? field.substring(0, field.length() - 1) : field;
            for (String key : new String[]{text, field + "." + text, singular + "." + text,
                    s.labelPrefix() + field + "." + text, "privacy.field." + text}) {
                String translated = t(key);
                if (!translated.equals(key)) {
                    return translated;
                }
            }
        }
        return text;
    }

    private String time(Instant i) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(i);
    }

    private String t(String key) {
        return Messages.format(locale, key);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
