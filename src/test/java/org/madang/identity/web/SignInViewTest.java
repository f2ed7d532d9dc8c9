package org.madang.identity.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** After sign-in the visitor goes back where they were going, but never to another site. */
class SignInViewTest {
    @ParameterizedTest
    @CsvSource({
            "http://:9080/office/, /office/",
            "http://localhost:9080/admin/account.xhtml?id=4, /admin/account.xhtml?id=4",
            "/my/business.xhtml, /my/business.xhtml"})
    void followsALocalPath(String cookie, String expected) {
        assertThat(SignInView.localPath(cookie)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "https://evil.example//evil.example/x", "//evil.example/x",
            "/\\\\evil.example", "http://localhost:9080/login.xhtml", "javascript:alert(1)"})
    void refusesAnythingElse(String cookie) {
        assertThat(SignInView.localPath(cookie)).isNull();
    }

    @org.junit.jupiter.api.Test
    void officersStartAtTheOfficeEveryoneElseAtMy() {
        assertThat(SignInView.landingFor(java.util.Set.of("OFFICER"))).isEqualTo("/office/");
        assertThat(SignInView.landingFor(java.util.Set.of("SUPERVISOR", "CITIZEN"))).isEqualTo("/office/");
        assertThat(SignInView.landingFor(java.util.Set.of("CITIZEN", "BUSINESS_REPRESENTATIVE"))).isEqualTo("/my/");
        assertThat(SignInView.landingFor(java.util.Set.of("ADMIN"))).isEqualTo("/my/");
    }
}
