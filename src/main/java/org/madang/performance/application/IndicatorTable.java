package org.madang.performance.application;

import org.madang.performance.application.DashboardViews.Dashboard;
import org.madang.performance.application.DashboardViews.ServiceRow;
import org.madang.performance.domain.Indicators;
import org.madang.platform.i18n.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The indicators table as cells: one definition that the page renders and the CSV writes, so the
 * download always says what the table says. A figure that cannot be computed (nothing decided) is
 * an empty cell.
 */
public final class IndicatorTable {
    public static final List<String> COLUMNS = List.of("agency", "department", "service", "received", "approved",
            "rejected", "withdrawn", "median", "p90", "unit", "onTimeRate", "extended", "supplementRate",
            "rejectionRate", "started", "completionRate", "dropOut", "backlog", "overdue", "surveyed", "overall", "ease",
            "speed");

    private IndicatorTable() {
    }

    public static List<String> headers(Locale locale) {
        return COLUMNS.stream().map(c -> Texts.format(locale, "performance.col." + c)).toList();
    }

    public static List<String> cells(ServiceRow r, Locale locale) {
        String lang = locale.getLanguage();
        Indicators i = r.figures();
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(r.agency(lang));
        cells.add(r.department(lang));
        cells.add(r.service(lang));
        cells.add(n(i.received()));
        cells.add(n(i.approved()));
        cells.add(n(i.rejected()));
        cells.add(n(i.withdrawn()));
        cells.add(i.median() == null ? "" : i.median().toString());
        cells.add(i.p90() == null ? "" : i.p90().toString());
        cells.add(i.inDays() == null ? "" : Texts.format(locale, i.inDays() ? "performance.unit.days" : "performance.unit.hours"));
        cells.add(p(i.onTimeRate()));
        cells.add(n(i.extended()));
        cells.add(p(i.supplementRate()));
        cells.add(p(i.rejectionRate()));
        cells.add(n(i.started()));
        cells.add(p(i.completionRate()));
        cells.add(n(i.dropOut()));
        cells.add(n(i.backlog()));
        cells.add(n(i.overdue()));
        cells.add(n(i.surveyed()));
        cells.add(p(i.overall()));
        cells.add(p(i.ease()));
        cells.add(p(i.speed()));
        return cells;
    }

    /** The table as CSV: UTF-8 with a byte-order mark (spreadsheets then read Korean), CRLF lines. */
    public static String csv(Dashboard d, Locale locale) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, headers(locale));
        for (ServiceRow r : d.services()) {
            line(b, cells(r, locale));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        b.append(String.join(",", cells.stream().map(IndicatorTable::quoted).toList())).append("\r\n");
    }

    /** A cell quoted when it must be, and never read as a formula by a spreadsheet. */
    static String quoted(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    private static String p(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
