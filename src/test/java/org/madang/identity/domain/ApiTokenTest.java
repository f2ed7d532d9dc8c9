package org.madang.identity.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokenTest {
    final Instant now = Instant.parse("2026-11-28T00:00:00Z");

    @Test
    void aTokenIsUsableUntilItExpiresOrIsRevoked() {
        ApiToken t = new ApiToken("j1", 7, "ERP", Set.of(ApiToken.FILE_BUNDLES, ApiToken.READ_STATUS), 30, now);
        assertThat(t.getScopes()).isEqualTo("bundles:file status:read");
        assertThat(t.scopeSet()).containsExactlyInAnyOrder("bundles:file", "status:read");
        assertThat(t.isUsableAt(now.plus(Duration.ofDays(29)))).isTrue();
        assertThat(t.isUsableAt(now.plus(Duration.ofDays(30)))).isFalse();
        t.revoke(now.plusSeconds(10));
        assertThat(t.isUsableAt(now.plusSeconds(11))).isFalse();
        assertThatThrownBy(() -> t.revoke(now.plusSeconds(12))).isInstanceOf(Conflict.class);
    }

    @Test
    void scopesNameAndLifetimeAreChecked() {
        assertThatThrownBy(() -> new ApiToken("j", 7, "x", Set.of("admin"), 1, now)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ApiToken("j", 7, "x", Set.of(), 1, now)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ApiToken("j", 7, " ", Set.of(ApiToken.READ_STATUS), 1, now)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ApiToken("j", 7, "x", Set.of(ApiToken.READ_STATUS), 0, now)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ApiToken("j", 7, "x", Set.of(ApiToken.READ_STATUS), 91, now)).isInstanceOf(InvalidInput.class);
    }
}
