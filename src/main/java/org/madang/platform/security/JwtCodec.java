package org.madang.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
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
 * Without one (development, tests) an ephemeral 2048-bit key is generated at start-up, and tokens
 * issued before a restart stop verifying, which is the safe failure.
 */
@ApplicationScoped
public class JwtCodec {
    private static final Logger LOG = Logger.getLogger(JwtCodec.class.getName());
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();
    static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

    @Inject
    @ConfigProperty(name = "madang.api.jwt.private-key")
    Optional<String> configuredKey;

    private PrivateKey privateKey;
    private PublicKey publicKey;

    @PostConstruct
    void keys() {
        try {
            if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(
                        Base64.getMimeDecoder().decode(configuredKey.get().strip())));
                RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
                publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            } else {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                KeyPair pair = g.generateKeyPair();
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
                LOG.warning("madang.api.jwt.private-key is not set: API tokens are signed with an ephemeral key "
                        + "and stop working at the next restart");
            }
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("madang.api.jwt.private-key is not a PKCS#8 RSA private key", e);
        }
    }

    /** The compact serialisation of a token with these claims, signed RS256. */
    public String sign(JsonObject claims) {
        String signingInput = URL.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
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
     * The claims of a token whose signature is the portal's and whose header says RS256; empty for
     * anything else (malformed, another algorithm — "none" included — or a forged signature).
     * Expiry and revocation are the caller's to check.
     */
    public Optional<JsonObject> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonObject header = parse(new String(URL_DECODER.decode(parts[0]), StandardCharsets.UTF_8));
            if (!"RS256".equals(header.getString("alg", null))) {
                return Optional.empty();
            }
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(publicKey);
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!s.verify(URL_DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            return Optional.of(parse(new String(URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | GeneralSecurityException | jakarta.json.JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}
