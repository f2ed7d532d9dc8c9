package org.madang.testsupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The page-text check must catch the system's words and leave ordinary text alone. */
class PlainWordsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "처리 상태: ???services.application.status.X???",
            "회원님의 services.certificate.content 정보",
            "상태 UNDER_REVIEW",
            "Status: SUBMITTED",
            "공개 여부: true",
            "Shown: false",
            "공개\ntrue\n다음",
            "열람\tfalse\t2건",
            "접수 2026-12-07T09:30:00Z",
    })
    void catchesTheSystemsLanguage(String text) {
        assertThat(PlainWords.problems(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "citizen@madang.go.kr 으로 보냈습니다",
            "자세히: https://www.gov.kr/portal/service/serviceInfo/PTR000050463 참고",
            "www.epeople.go.kr 에서 물어보세요",
            "lease-clear.pdf (392 KB), PDF 문서, QR 코드, KWCAG 2.2, WCAG 2.1 AA",
            "2026년 12월 7일 오후 6:30, 2026-12-07 접수",
            "Received on 7 Dec 2026, 18:30.",
            "Version 4.11.1 of axe-core; SHA-256 a3f9…",
            "The application was found to contain false or inaccurate statements",
    })
    void leavesOrdinaryTextAlone(String text) {
        assertThat(PlainWords.problems(text)).as(text).isEmpty();
    }
}
