package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void generatedCredentialsHaveThePrintedFormAndAValidChecksum() {
        for (int i = 0; i < 200; i++) {
            String c = Credentials.generate(random);
            assertThat(c).matches("[1-9A-HJ-NP-Za-km-z]{3}(-[1-9A-HJ-NP-Za-km-z]{3}){4}");
            assertThat(Credentials.isValid(c)).isTrue();
        }
    }

    @Test
    void typingMistakesAreCaughtByTheChecksum() {
        String c = "92o-KqV-DgK-fjr-oNP";
        assertThat(Credentials.isValid(c)).isTrue();
        assertThat(Credentials.isValid("92o-KqV-DgK-fjr-oNQ")).isFalse();
        assertThat(Credentials.isValid("29o-KqV-DgK-fjr-oNP")).isFalse();
        assertThat(Credentials.isValid("92oKqVDgKfjroNP")).isFalse();
        assertThat(Credentials.isValid("920-KqV-DgK-fjr-oNP")).isFalse();
        assertThat(Credentials.isValid(null)).isFalse();
        assertThatThrownBy(() -> Credentials.deriveSecret("92o-KqV-DgK-fjr-oNQ", Sample.UUID))
                .isInstanceOf(BeleniosException.class);
    }

    @Test
    void derivationIsPbkdf2OfTheDashedCredentialWithTheUuidAsSalt() {
        BigInteger s = Credentials.deriveSecret("92o-KqV-DgK-fjr-oNP", Sample.UUID);
        assertThat(Group.isExponent(s)).isTrue();
        assertThat(Credentials.deriveSecret("92o-KqV-DgK-fjr-oNP", "AAAAAAAAAAAAAA")).isNotEqualTo(s);
        assertThat(Credentials.publicCredential(s)).isEqualTo(Group.G.modPow(s, Group.P));
    }

    @Test
    void uuids() {
        String u = Uuids.generate(random);
        assertThat(u).hasSize(14);
        assertThat(Uuids.isValid(u)).isTrue();
        assertThat(Uuids.isValid("ybgbYy3rupTnWD")).isTrue();
        assertThat(Uuids.isValid("ybgbYy3rupTnW0")).isFalse();
        assertThat(Uuids.isValid("short")).isFalse();
    }

    @Test
    void publicCredentialsAreSortedAndCheckedForDuplicates() {
        BigInteger a = Group.gPow(BigInteger.valueOf(5));
        BigInteger b = Group.gPow(BigInteger.valueOf(7));
        PublicCredentials pc = PublicCredentials.of(List.of(a, b));
        assertThat(pc.entries().get(0).credential()).isLessThan(pc.entries().get(1).credential());
        pc.checkAll();
        PublicCredentials dup = PublicCredentials.of(List.of(a, a));
        assertThatThrownBy(dup::checkAll).isInstanceOfSatisfying(BeleniosException.class,
                e -> assertThat(e.code()).isEqualTo(FailureCode.BAD_CREDENTIALS));
        PublicCredentials weighted = PublicCredentials.parse("[\"" + a + ",3\",\"" + b + "\"]");
        assertThat(weighted.weights()).containsEntry(a, 3L).containsEntry(b, 1L);
        assertThat(weighted.toCanonicalJson()).isEqualTo("[\"" + a + ",3\",\"" + b + "\"]");
        assertThatThrownBy(() -> PublicCredentials.parse("[\"" + a + ",1.5\"]"))
                .isInstanceOfSatisfying(BeleniosException.class, e -> assertThat(e.code()).isEqualTo(FailureCode.UNSUPPORTED));
    }
}
