package org.madang.services.application;

import org.junit.jupiter.api.Test;
import org.madang.identity.application.Views.HouseholdMember;
import org.madang.identity.application.Views.HouseholdRecord;
import org.madang.identity.application.Views.PastAddress;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 주민등록표 초본 from the registry: one person, their address and its history, no other member. */
class ResidentAbstractContentTest {
    private static final HouseholdRecord HOUSEHOLD = new HouseholdRecord(7, "서울특별시 종로구 자하문로 94", List.of(
            new HouseholdMember("최민호", LocalDate.of(1990, 11, 15), "HEAD", LocalDate.of(2020, 5, 14)),
            new HouseholdMember("이서연", LocalDate.of(1992, 7, 2), "SPOUSE", LocalDate.of(2022, 3, 2))),
            List.of(new PastAddress("마포구 월드컵북로 12", LocalDate.of(2016, 2, 29), LocalDate.of(2022, 3, 2)),
                    new PastAddress("분당구 판교역로 166", LocalDate.of(2011, 3, 2), LocalDate.of(2016, 2, 29))));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static List<String> printed(HouseholdRecord h, String history) {
        return ResidentAbstractContent.lines(h, "이서연", history, TODAY, null).stream()
                .map(l -> l.labelKo() + ": " + l.value()).toList();
    }

    @Test
    void onePersonAsTheRegistryHoldsThem() {
        assertThat(printed(HOUSEHOLD, "LAST5")).containsExactly(
                "성명: 이서연",
                "생년월일: 1992. 7. 2.",
                "현 주소: 서울특별시 종로구 자하문로 94",
                "현 주소 전입일: 2022. 3. 2.",
                "세대주와의 관계: 배우자 / spouse",
                "과거 주소 1: 마포구 월드컵북로 12 (2016. 2. 29. ~ 2022. 3. 2.)");
        assertThat(printed(HOUSEHOLD, "ALL")).contains("과거 주소 2: 분당구 판교역로 166 (2011. 3. 2. ~ 2016. 2. 29.)")
                .noneMatch(l -> l.contains("최민호"));
        assertThat(ResidentAbstractContent.titleKo()).isEqualTo("주민등록표 초본");
    }

    @Test
    void noChangeOfAddressInThePeriodIsSaid() {
        HouseholdRecord settled = new HouseholdRecord(7, HOUSEHOLD.address(), HOUSEHOLD.members(), List.of());
        assertThat(printed(settled, "LAST5")).last().isEqualTo("주소 변동 사항: 신청한 기간에 주소 변동이 없습니다");
    }
}
