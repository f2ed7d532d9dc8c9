package org.madang.services.application;

import org.junit.jupiter.api.Test;
import org.madang.identity.application.Views.FamilyPerson;
import org.madang.identity.application.Views.FamilyRecordView;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 기본증명서 and 가족관계증명서 from the family relations register. */
class FamilyCertificateContentTest {
    private static final FamilyRecordView RECORD = new FamilyRecordView(7, "서울특별시 종로구 청운동 12",
            new FamilyPerson(null, "이서연", LocalDate.of(1992, 7, 2), "FEMALE"), List.of(
            new FamilyPerson("FATHER", "이정호", LocalDate.of(1961, 4, 18), "MALE"),
            new FamilyPerson("MOTHER", "박미숙", LocalDate.of(1964, 9, 3), "FEMALE"),
            new FamilyPerson("SPOUSE", "최민호", LocalDate.of(1990, 11, 15), "MALE"),
            new FamilyPerson("CHILD", "최서아", LocalDate.of(2023, 8, 9), "FEMALE")));
    private static final IssueRequest.ContentLine PURPOSE = new IssueRequest.ContentLine("제출처(용도)",
            "Where it will be submitted", "금융기관 제출용");

    private static List<String> printed(String type) {
        return FamilyCertificateContent.lines(type, RECORD, List.of(PURPOSE)).stream()
                .map(l -> l.labelKo() + ": " + l.value()).toList();
    }

    @Test
    void theFamilyRelationshipCertificateListsParentsSpouseAndChildren() {
        assertThat(printed(FamilyCertificateContent.FAMILY)).containsExactly(
                "등록기준지: 서울특별시 종로구 청운동 12",
                "본인: 이서연 · 1992. 7. 2. · 여 / female",
                "부: 이정호 · 1961. 4. 18. · 남 / male",
                "모: 박미숙 · 1964. 9. 3. · 여 / female",
                "배우자: 최민호 · 1990. 11. 15. · 남 / male",
                "자녀 1: 최서아 · 2023. 8. 9. · 여 / female",
                "제출처(용도): 금융기관 제출용");
        assertThat(FamilyCertificateContent.titleKo(FamilyCertificateContent.FAMILY)).isEqualTo("가족관계증명서");
    }

    @Test
    void theBasicCertificateIsThePersonAlone() {
        assertThat(printed(FamilyCertificateContent.BASIC)).containsExactly(
                "등록기준지: 서울특별시 종로구 청운동 12",
                "성명: 이서연",
                "출생연월일: 1992. 7. 2.",
                "성별: 여 / female",
                "제출처(용도): 금융기관 제출용");
        assertThat(FamilyCertificateContent.titleKo(FamilyCertificateContent.BASIC)).isEqualTo("기본증명서");
    }
}
