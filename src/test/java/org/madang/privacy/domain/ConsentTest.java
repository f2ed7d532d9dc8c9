package org.madang.privacy.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.Conflict;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentTest {
    private static final Instant T = Instant.parse("2026-11-27T01:00:00Z");

    @Test
    void aWithdrawnConsentCoversNothingFromThatMomentOn() {
        Consent c = new Consent(42, "document.residentRegistration", "MOHW", "purpose.application.pension",
                "APP-1", true, null, T);
        assertThat(c.covers("document.residentRegistration", "APP-1")).isTrue();
        assertThat(c.covers("document.residentRegistration", "APP-2")).as("another application").isFalse();
        assertThat(c.covers("document.familyRelation", "APP-1")).as("another document").isFalse();

        c.withdraw(T.plusSeconds(5));

        assertThat(c.isActive()).isFalse();
        assertThat(c.getWithdrawnAt()).isEqualTo(T.plusSeconds(5));
        assertThat(c.covers("document.residentRegistration", "APP-1")).isFalse();
        assertThatThrownBy(() -> c.withdraw(T)).isInstanceOf(Conflict.class);
    }

    @Test
    void aConsentWithoutApplicationCoversEveryApplication() {
        Consent c = new Consent(42, "residentRegistryMatch", null, "purpose.identity.verify", null, true, null, T);
        assertThat(c.covers("residentRegistryMatch", "APP-9")).isTrue();
        assertThat(c.covers("residentRegistryMatch", null)).isTrue();
    }

    @Test
    void aConsentTheLawKeepsCannotBeWithdrawnAndMustNameTheLaw() {
        Consent c = new Consent(42, "document.incomeProof", "NTS", "purpose.application.tax", "APP-1", false,
                "consent.basis.taxBasicAct", T);
        assertThatThrownBy(() -> c.withdraw(T)).isInstanceOf(Conflict.class)
                .extracting(e -> ((Conflict) e).messageKey()).isEqualTo("consent.notWithdrawable");
        assertThat(c.isActive()).isTrue();
        assertThatThrownBy(() -> new Consent(42, "document.incomeProof", "NTS", "p", null, false, " ", T))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
