package org.madang.platform.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JwtCodecTest {
    static JwtCodec codec(Optional<String> key) {
        JwtCodec c = new JwtCodec();
        c.configuredKey = key;
        c.keys();
        return c;
    }

    static String rsaKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return Base64.getEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded());
    }

    final String claims = "{\"sub\":\"42\",\"scope\":\"bundles:file\"}";

    @Test
    void aSignedTokenVerifiesAndGivesItsClaimsBack() throws Exception {
        JwtCodec c = codec(Optional.of(rsaKey()));
        String token = c.sign(claims);
        assertThat(token.split("\\.")).hasSize(3);
        assertThat(c.verify(token)).contains(claims);
    }

    @Test
    void aTamperedPayloadAForeignKeyOrAlgNoneDoNotVerify() throws Exception {
        JwtCodec c = codec(Optional.of(rsaKey()));
        String token = c.sign(claims);
        String[] p = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"1\",\"scope\":\"bundles:file\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(c.verify(p[0] + "." + otherPayload + "." + p[2])).isEmpty();
        assertThat(codec(Optional.of(rsaKey())).verify(token)).isEmpty();
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(c.verify(none + "." + p[1] + ".")).isEmpty();
        assertThat(c.verify("not a token")).isEmpty();
        assertThat(c.verify(null)).isEmpty();
    }

    @Test
    void withoutAConfiguredKeyTheApplicationsOfOneJvmShareOneEphemeralKey() {
        JwtCodec a = codec(Optional.empty());
        JwtCodec b = codec(Optional.of(" "));
        assertThat(b.verify(a.sign(claims))).contains(claims);
    }
}
