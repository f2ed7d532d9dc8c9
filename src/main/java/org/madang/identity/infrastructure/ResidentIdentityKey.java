package org.madang.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.identity.domain.IdentityHashes;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.ResidentRegistrationNumber;
import org.madang.platform.error.Conflict;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The server's secret for resident identity hashes: {@code MADANG_RESIDENT_ID_KEY}, base64 of at
 * least 32 random bytes ({@code openssl rand -base64 32}). There is no default in the portal:
 * {@code -Pdev} and the test run pass a development key. Without a usable key the portal still
 * starts (everything else works) but says so in the log at start-up, and every verification is
 * refused with a clear message rather than hashed under a guessable key. The key must not change
 * once residents are verified: their hashes would no longer match (resident keys would survive).
 */
@ApplicationScoped
public class ResidentIdentityKey {
    private static final Logger LOG = Logger.getLogger(ResidentIdentityKey.class.getName());

    @Inject
    @ConfigProperty(name = "MADANG_RESIDENT_ID_KEY")
    Optional<String> configured;

    private byte[] key;

    @PostConstruct
    void init() {
        key = configured.map(ResidentIdentityKey::decode).orElse(null);
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!isConfigured()) {
            LOG.severe("MADANG_RESIDENT_ID_KEY is missing or shorter than 32 bytes (base64): resident verification"
                    + " is refused until it is set");
        }
    }

    static byte[] decode(String base64) {
        try {
            byte[] k = Base64.getDecoder().decode(base64.strip());
            return k.length >= IdentityHashes.MIN_KEY_BYTES ? k : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    public boolean isConfigured() {
        return key != null;
    }

    /** The identity hash of a resident registration number. */
    public String identity(ResidentRegistrationNumber number) {
        return number.keyedHash(requireKey());
    }

    /** The hash of the identity an account claims (name, birth date, region), for attempt limits. */
    public String claim(String name, LocalDate birthDate, Region region) {
        return IdentityHashes.claim(requireKey(), name, birthDate, region);
    }

    private byte[] requireKey() {
        if (key == null) {
            throw new Conflict("identity.verify.unavailable");
        }
        return key;
    }
}
