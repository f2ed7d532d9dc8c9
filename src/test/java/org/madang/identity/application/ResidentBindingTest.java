package org.madang.identity.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentBindingTest {
    @Test
    void theOtherAccountIsNamedMaskedEnoughToRecogniseNotToReveal() {
        assertThat(ResidentBinding.maskEmail("citizen@madang.go.kr")).isEqualTo("ci*****@madang.go.kr");
        assertThat(ResidentBinding.maskEmail("ab@x.kr")).isEqualTo("ab***@x.kr");
        assertThat(ResidentBinding.maskEmail("a@x.kr")).isEqualTo("a***@x.kr");
        assertThat(ResidentBinding.maskEmail("broken")).isEqualTo("***");
    }
}
