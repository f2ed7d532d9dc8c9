package org.madang.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signs and verifies the portal's own JSON Web Tokens (RS256, JDK signatures only). The portal is
 * both issuer and audience of its API tokens, so it holds the private key: MicroProfile Config
 * {@code madang.api.jwt.private-key}, a base64 PKCS#8 RSA key (the public key is derived from it).
 * Without one (development, tests) an ephemeral 2048-bit key is generated once per JVM and shared by
 * the applications of this server (the integration tests' archive issues tokens the portal must
 * verify); tokens issued before a restart stop verifying, which is the safe failure.
 */
@ApplicationScoped
public class JwtCodec {
    private static final Logger LOG = Logger.getLogger(JwtCodec.class.getName());
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();
    private static final String EPHEMERAL = "madang.api.jwt.ephemeral-key";
    static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    private static final String ENCODED_HEADER = URL.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8));

    @Inject
    @ConfigProperty(name = "madang.api.jwt.private-key")
    Optional<String> configuredKey;

    private PrivateKey privateKey;
    private PublicKey publicKey;

    @PostConstruct
    void keys() {
        String pkcs8 = configuredKey.filter(k -> !k.isBlank()).orElseGet(JwtCodec::ephemeralKey);
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pkcs8.strip())));
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
            publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("madang.api.jwt.private-key is not a base64 PKCS#8 RSA private key", e);
        }
    }

    /** One key per JVM, kept where every application of the server finds it (not per class loader). */
    private static String ephemeralKey() {
        synchronized (System.getProperties()) {
            String key = System.getProperty(EPHEMERAL);
            if (key == null) {
                try {
                    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                    g.initialize(2048);
                    KeyPair pair = g.generateKeyPair();
                    key = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
                System.setProperty(EPHEMERAL, key);
                LOG.warning("madang.api.jwt.private-key is not set: API tokens are signed with an ephemeral key "
                        + "and stop working at the next restart");
            }
            return key;
        }
    }

    /** The compact serialisation of a token with these claims (a JSON object), signed RS256. */
    public String sign(String claimsJson) {
        String signingInput = ENCODED_HEADER + "." + URL.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(privateKey);
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The claims (JSON) of a token whose signature is the portal's and whose header is exactly the
     * one the portal writes; empty for anything else (malformed, another algorithm — "none"
     * included — or a forged signature). Expiry and revocation are the caller's to check.
     */
    public Optional<String> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3 || !ENCODED_HEADER.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(publicKey);
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!s.verify(URL_DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            return Optional.of(new String(URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
