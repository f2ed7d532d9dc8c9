package org.madang.voting.domain.belenios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reference election made with belenios-tool 2.0 (3 trustees, 20 voters, result [[7,7,6]]). */
final class Sample {
    static final String DIR = "/belenios/sample-election/";
    static final String UUID = "ybgbYy3rupTnWD";
    static final String FINGERPRINT = "WT1dfStr1HNcyn/QmKsbD6KbPURdviF1ruirKG6JFcc";
    static final List<String> KEY_IDS = List.of("55CEB00C", "A0DD4E94", "ACC7498E");

    private Sample() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Sample.class.getResourceAsStream(name.startsWith("/") ? name : DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bel() {
        return bytes("ybgbYy3rupTnWD.bel");
    }

    static Election election() {
        return Election.parse(Json.withoutFinalNewline(text("election.json")));
    }

    static Trustees trustees() {
        return Trustees.parse(Json.withoutFinalNewline(text("trustees.json")));
    }

    static ElectionContext context() {
        return ElectionContext.of(election());
    }

    /** Private keys in trustee order (trustees.json was made from the .pubkey files in name order). */
    static List<BigInteger> privateKeys() {
        List<BigInteger> out = new ArrayList<>();
        for (String id : KEY_IDS) {
            out.add(TrusteeKeyPair.parsePrivateKey(text(id + ".privkey")));
        }
        return out;
    }

    /** voter id -> printed credential. */
    static Map<String, String> privateCredentials() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text("private_creds.txt").split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.trim().split(" ");
                m.put(parts[0], parts[1]);
            }
        }
        return m;
    }

    /** The archive's data members of one event type, in archive order. */
    static List<String> payloads(Archive a, EventType type) {
        List<String> out = new ArrayList<>();
        for (Archive.EventRecord r : a.events()) {
            if (r.event().type() == type) {
                out.add(a.text(r.event().payload()));
            }
        }
        return out;
    }
}
