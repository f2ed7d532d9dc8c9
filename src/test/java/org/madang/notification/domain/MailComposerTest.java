package org.madang.notification.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The e-mail a notice becomes, in each language, with its arguments and nothing more. */
class MailComposerTest {
    private static final String URL = "https://madang.example.kr/";

    @Test
    void koreanMailCarriesTheArgumentsTheGreetingTheLinkAndTheInbox() {
        var mail = MailComposer.compose("ko", "김민준", "notification.demo.mandateApproved.subject",
                "notification.demo.mandateApproved.body", List.of("(주)마당상사", "220-81-12341"), "/my/business.xhtml", URL);
        assertThat(mail.subject()).isEqualTo("[마당] (주)마당상사 대리 권한이 승인되었습니다");
        assertThat(mail.body())
                .startsWith("김민준 님, 안녕하세요.\n\n")
                .contains("(주)마당상사(사업자등록번호 220-81-12341)을(를) 대리하여")
                .contains("자세히 보기: https://madang.example.kr/my/business.xhtml")
                .contains("https://madang.example.kr/my/inbox.xhtml")
                .doesNotContain("{0}").doesNotContain("{1}");
    }

    @Test
    void englishMailIsWrittenInEnglish() {
        var mail = MailComposer.compose("en", "Emily Carter", "notification.demo.mandateRequested.subject",
                "notification.demo.mandateRequested.body", List.of("Minjun Coffee", "214-86-01238"), null,
                "http://localhost:9080");
        assertThat(mail.subject()).isEqualTo("[Madang] Your request to act for Minjun Coffee was received");
        assertThat(mail.body())
                .startsWith("Dear Emily Carter,\n\n")
                .contains("act for Minjun Coffee (business registration number 214-86-01238)")
                .contains("http://localhost:9080/my/inbox.xhtml")
                .doesNotContain("See the details")
                .doesNotContainPattern("[가-힣]");
    }

    @Test
    void anUnknownLanguageIsReadAsKorean() {
        var mail = MailComposer.compose("fr", "Jean", "notification.demo.welcome.subject",
                "notification.demo.welcome.body", List.of(), "/my/", URL);
        assertThat(mail.subject()).isEqualTo("[마당] 마당에 오신 것을 환영합니다");
    }

    @Test
    void anApostropheInAnArgumentOrAPatternSurvives() {
        var mail = MailComposer.compose("en", "Seo-yeon", "notification.demo.mandateApproved.subject",
                "notification.demo.passwordChanged.body", List.of("Kim's Bakery"), null, URL);
        assertThat(mail.subject()).isEqualTo("[Madang] You may now act for Kim's Bakery");
        assertThat(mail.body()).contains("agency’s help desk");
    }

    @Test
    void aLineBreakInAnArgumentCannotStartAnotherHeader() {
        var mail = MailComposer.compose("en", "Eve", "notification.demo.mandateApproved.subject",
                "notification.demo.mandateApproved.body", List.of("ACME\r\nBcc: victim@example.com", "1"), null, URL);
        assertThat(mail.subject()).doesNotContain("\r").doesNotContain("\n")
                .isEqualTo("[Madang] You may now act for ACME Bcc: victim@example.com");
    }

    @Test
    void aVeryLongSubjectIsCutToFitTheOutbox() {
        var mail = MailComposer.compose("ko", "김", "notification.demo.mandateApproved.subject",
                "notification.demo.mandateApproved.body", List.of("가".repeat(400), "1"), null, URL);
        assertThat(mail.subject()).hasSize(MailComposer.MAX_SUBJECT).endsWith("…");
    }
}
