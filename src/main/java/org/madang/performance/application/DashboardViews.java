package org.madang.performance.application;

import org.madang.performance.domain.Indicators;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** What the public dashboard shows (no person in any of it). */
public final class DashboardViews {
    private DashboardViews() {
    }

    public record ServiceRow(long serviceId, String serviceCode, String serviceKo, String serviceEn, long departmentId,
                             String departmentKo, String departmentEn, String agencyCode, String agencyKo,
                             String agencyEn, Indicators figures) implements Serializable {
        public String service(String lang) {
            return "en".equals(lang) ? serviceEn : serviceKo;
        }

        public String department(String lang) {
            return "en".equals(lang) ? departmentEn : departmentKo;
        }

        public String agency(String lang) {
            return "en".equals(lang) ? agencyEn : agencyKo;
        }
    }

    public record MonthRow(YearMonth month, Indicators figures) implements Serializable {
    }

    /** Information-disclosure decisions on time, per agency (the disclosure context's own count, now). */
    public record DisclosureRow(String agencyCode, String agencyKo, String agencyEn, long requests, long decidedOnTime,
                                long decidedLate, long overdueNow, BigDecimal onTimeRate, long surveyed,
                                BigDecimal overall) implements Serializable {
        public String agency(String lang) {
            return "en".equals(lang) ? agencyEn : agencyKo;
        }
    }

    public record Dashboard(IndicatorFilter filter, List<ServiceRow> services, Indicators total, List<MonthRow> trend,
                            List<DisclosureRow> disclosure) implements Serializable {
    }

    public record Choice(String value, String labelKo, String labelEn) implements Serializable {
        public String label(String lang) {
            return "en".equals(lang) ? labelEn : labelKo;
        }
    }

    /** The filters' options: agencies (code), departments (id, "agency · department"), services (code). */
    public record Choices(List<Choice> agencies, List<Choice> departments, List<Choice> services) implements Serializable {
    }
}
