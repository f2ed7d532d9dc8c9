package org.madang.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/** Jakarta Security's PBKDF2 (HMAC-SHA-256, 32-byte salt), with an iteration count set by configuration. */
@ApplicationScoped
public class PasswordHasher {
    @Inject
    Pbkdf2PasswordHash pbkdf2;
    @Inject
    @ConfigProperty(name = "MADANG_PASSWORD_ITERATIONS", defaultValue = "210000")
    int iterations;

    /** A hash of a password nobody has, verified against unknown e-mails so both paths cost the same. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as a real verification and always fails. */
    public boolean verifyDecoy(String password) {
        if (password != null) {
            pbkdf2.verify(password.toCharArray(), decoy);
        }
        return false;
    }
}
