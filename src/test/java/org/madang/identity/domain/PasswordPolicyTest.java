package org.madang.identity.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"Madang!2026", "correcthorse7", "a1!b2@c3", "서울시민2026년!"})
    void acceptsPasswordsThatFollowTheRule(String password) {
        assertThat(PasswordPolicy.violations(password, "someone@example.kr")).isEmpty();
    }

    @Test
    void tenCharactersOfOneKindAreNotEnough() {
        assertThat(PasswordPolicy.violations("abcdefghijkl", null)).containsExactly("password.rule.lengthAndKinds");
    }

    @Test
    void eightCharactersNeedAllThreeKinds() {
        assertThat(PasswordPolicy.violations("abcd1234", null)).containsExactly("password.rule.lengthAndKinds");
        assertThat(PasswordPolicy.violations("abc!1234", null)).isEmpty();
    }

    @Test
    void refusesLongRunsOfOneCharacter() {
        assertThat(PasswordPolicy.violations("aaaa1234!xyz", null)).containsExactly("password.rule.repeated");
        assertThat(PasswordPolicy.violations("aaa1234!xyz", null)).isEmpty();
    }

    @Test
    void refusesTheNameOfTheEmail() {
        assertThat(PasswordPolicy.violations("minjun2026!", "MinJun@example.kr"))
                .containsExactly("password.rule.containsEmail");
    }

    @Test
    void emptyAndOverlongPasswords() {
        assertThat(PasswordPolicy.violations("", null)).containsExactly("password.rule.required");
        assertThat(PasswordPolicy.violations(null, null)).containsExactly("password.rule.required");
        assertThat(PasswordPolicy.violations("ab1!".repeat(33), null)).contains("password.rule.tooLong");
    }
}
