package org.madang.services.application;

import org.junit.jupiter.api.Test;
import org.madang.identity.application.Views.InsurancePeriod;
import org.madang.identity.application.Views.InsuranceRecordView;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 건강보험 자격득실확인서 from the insurer's record: every period, or workplace coverage only. */
class HealthInsuranceContentTest {
    private static final InsuranceRecordView RECORD = new InsuranceRecordView(7, List.of(
            new InsurancePeriod("WORKPLACE", "(주)한빛소프트", LocalDate.of(2015, 3, 2), LocalDate.of(2021, 12, 31)),
            new InsurancePeriod("LOCAL", "서울특별시 마포구", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 30)),
            new InsurancePeriod("WORKPLACE", "(주)마당상사", LocalDate.of(2022, 5, 2), null)));

    private static List<String> printed(String scope) {
        return HealthInsuranceContent.lines(RECORD, "이서연", scope, null).stream()
                .map(l -> l.labelKo() + ": " + l.value()).toList();
    }

    @Test
    void everyPeriodOrWorkplaceCoverageOnly() {
        assertThat(printed("ALL")).containsExactly(
                "가입자 성명: 이서연",
                "자격 1: 직장가입자 · (주)한빛소프트 · 취득일 2015. 3. 2. · 상실일 2021. 12. 31.",
                "자격 2: 지역가입자 · 서울특별시 마포구 · 취득일 2022. 1. 1. · 상실일 2022. 4. 30.",
                "자격 3: 직장가입자 · (주)마당상사 · 취득일 2022. 5. 2. · 상실일 유지 중");
        assertThat(printed("WORKPLACE")).hasSize(3).noneMatch(l -> l.contains("지역가입자"));
        assertThat(HealthInsuranceContent.titleKo()).isEqualTo("건강보험 자격득실확인서");
    }
}
