package org.madang.services.application;

import org.junit.jupiter.api.Test;
import org.madang.identity.application.Views.HouseholdMember;
import org.madang.identity.application.Views.HouseholdRecord;
import org.madang.identity.application.Views.PastAddress;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 주민등록표 등본 from the registry: address, head, members, past addresses as asked. */
class ResidentCertificateContentTest {
    private static final HouseholdRecord HOUSEHOLD = new HouseholdRecord(7, "서울특별시 종로구 자하문로 94", List.of(
            new HouseholdMember("이서연", LocalDate.of(1992, 7, 2), "HEAD", LocalDate.of(2021, 3, 2)),
            new HouseholdMember("최민호", LocalDate.of(1990, 11, 15), "SPOUSE", LocalDate.of(2022, 5, 14))),
            List.of(new PastAddress("마포구 월드컵북로 12", LocalDate.of(2016, 2, 29), LocalDate.of(2022, 3, 2)),
                    new PastAddress("분당구 판교역로 166", LocalDate.of(2011, 3, 2), LocalDate.of(2016, 2, 29))));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final IssueRequest.ContentLine PURPOSE = new IssueRequest.ContentLine("제출처(용도)",
            "Where it will be submitted", "금융기관 제출용");

    private static List<String> printed(String history) {
        return ResidentCertificateContent.lines(HOUSEHOLD, history, TODAY, PURPOSE).stream()
                .map(l -> l.labelKo() + ": " + l.value()).toList();
    }

    @Test
    void theHouseholdAsTheRegistryHoldsIt() {
        assertThat(printed("NONE")).containsExactly(
                "주소: 서울특별시 종로구 자하문로 94",
                "세대주: 이서연",
                "세대원 1: 이서연 · 세대주와의 관계: 본인(세대주)(head of household) · 생년월일 1992. 7. 2. · 전입일 2021. 3. 2.",
                "세대원 2: 최민호 · 세대주와의 관계: 배우자(spouse) · 생년월일 1990. 11. 15. · 전입일 2022. 5. 14.",
                "제출처(용도): 금융기관 제출용");
    }

    @Test
    void pastAddressesAsAsked() {
        assertThat(printed("LAST5")).contains("과거 주소 1: 마포구 월드컵북로 12 (2016. 2. 29. ~ 2022. 3. 2.)")
                .noneMatch(l -> l.contains("판교역로"));
        assertThat(printed("ALL")).contains("과거 주소 2: 분당구 판교역로 166 (2011. 3. 2. ~ 2016. 2. 29.)");
        assertThat(ResidentCertificateContent.titleKo()).isEqualTo("주민등록표 등본");
    }
}
