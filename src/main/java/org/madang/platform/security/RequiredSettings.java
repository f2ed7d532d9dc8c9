package org.madang.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Settings production has no default for. The development and test configuration
 * ({@code src/dev/liberty/dev-and-test.xml}) gives them throw-away values; the production
 * configuration does not, so a server started without them stops at once and says what is missing,
 * instead of connecting with a password everyone knows or serving HTTPS with nobody's certificate.
 */
public final class RequiredSettings {
    static final List<String> REQUIRED = List.of("DB_PASSWORD", "MADANG_TLS_KEYSTORE_PASSWORD");
    /** With shared sessions every instance reads the others' sign-in cookies: one LTPA keys file, one password. */
    static final List<String> REQUIRED_WHEN_SHARED = List.of("MADANG_LTPA_KEYS_PASSWORD");

    private RequiredSettings() {
    }

    /** @param lookup a setting's value by name (MicroProfile Config: environment, server.xml variables) */
    public static void check(Function<String, Optional<String>> lookup) {
        boolean shared = lookup.apply("MADANG_SESSION_STORE").filter("hazelcast"::equalsIgnoreCase).isPresent();
        List<String> missing = Stream.concat(REQUIRED.stream(), shared ? REQUIRED_WHEN_SHARED.stream() : Stream.empty())
                .filter(name -> lookup.apply(name).map(String::isBlank).orElse(true))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Madang does not start without " + String.join(" and ", missing)
                    + ": set " + (missing.size() == 1 ? "it" : "them") + " as environment variables (see README, "
                    + "\"Configuration\"). Production has no default database password and no default keystore "
                    + "password (nor, with shared sessions, LTPA keys password); only the development and test configuration has.");
        }
    }
}
