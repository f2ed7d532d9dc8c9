package org.madang.performance.application;

import org.junit.jupiter.api.Test;
import org.madang.performance.application.DashboardViews.Dashboard;
import org.madang.performance.application.DashboardViews.ServiceRow;
import org.madang.performance.domain.Indicators;
import org.madang.performance.domain.MonthlyCounts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV download says exactly what the table says, cell for cell, in both languages. */
class IndicatorTableTest {

    @Test
    void theCsvIsTheTableCellForCell() {
        MonthlyCounts c = new MonthlyCounts();
        c.started = 10;
        c.submitted = 8;
        c.received = 8;
        c.approved = 5;
        c.rejected = 1;
        c.onTime = 5;
        c.time(true, 3, 4);
        c.time(true, 9, 2);
        ServiceRow busy = new ServiceRow(1, "RESIDENT_COPY", "주민등록표 등본, \"발급\"", "Resident copy, \"issue\"", 7,
                "민원여권과", "Civil Affairs", "JONGNO", "종로구", "Jongno-gu", Indicators.of(c, 2, 1));
        ServiceRow idle = new ServiceRow(2, "=CMD", "=수식", "=formula", 8, "세원관리과", "Tax", "NTS", "국세청",
                "National Tax Service", Indicators.of(new MonthlyCounts(), 0, 0));
        Dashboard d = new Dashboard(new IndicatorFilter(null, null, null, YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
                List.of(busy, idle), Indicators.of(c, 2, 1), List.of(), List.of());

        for (Locale l : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            String csv = IndicatorTable.csv(d, l);
            assertThat(csv).startsWith("\uFEFF");
            List<List<String>> read = org.madang.performance.CsvReader.parse(csv.substring(1));
            assertThat(read).hasSize(3);
            assertThat(read.get(0)).isEqualTo(IndicatorTable.headers(l));
            assertThat(read.get(1)).isEqualTo(IndicatorTable.cells(busy, l));
            // a cell starting like a formula is written with a leading apostrophe, never run by a spreadsheet
            List<String> second = new ArrayList<>(IndicatorTable.cells(idle, l));
            second.set(2, "'" + second.get(2));
            assertThat(read.get(2)).isEqualTo(second);
        }
        List<String> en = IndicatorTable.cells(busy, Locale.ENGLISH);
        assertThat(en.subList(0, 3)).containsExactly("Jongno-gu", "Civil Affairs", "Resident copy, \"issue\"");
        // received, approved, rejected, withdrawn, median, p90, unit, on time %
        assertThat(en.subList(3, 11)).containsExactly("8", "5", "1", "0", "3", "9", "days", "83.3");
        assertThat(en.subList(14, 19)).containsExactly("10", "80.0", "2", "2", "1");
        assertThat(IndicatorTable.cells(idle, Locale.ENGLISH).get(7)).as("nothing decided: no median").isEmpty();
        assertThat(IndicatorTable.headers(Locale.KOREAN)).hasSize(IndicatorTable.COLUMNS.size()).doesNotHaveDuplicates();
    }
}
