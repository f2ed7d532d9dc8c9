package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An election ready for cryptography: its parameters plus the fixed-base tables of g and of the
 * election key y. Building the y table costs about 8,000 multiplications, so contexts are cached
 * by fingerprint and shared; a context is immutable and safe to use from many threads.
 */
public final class ElectionContext {
    private static final int CACHE_SIZE = 8;
    private static final Map<String, ElectionContext> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ElectionContext> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private final Election election;
    private final FixedBaseTable g;
    private final FixedBaseTable y;

    private ElectionContext(Election election) {
        this.election = election;
        this.g = Group.generatorTable();
        this.y = new FixedBaseTable(election.publicKey());
    }

    /** The (cached) context of an election. */
    public static ElectionContext of(Election election) {
        String key = election.fingerprint();
        synchronized (CACHE) {
            ElectionContext c = CACHE.get(key);
            if (c != null) {
                return c;
            }
        }
        ElectionContext fresh = new ElectionContext(election);
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(key, k -> fresh);
        }
    }

    public Election election() {
        return election;
    }

    public String fingerprint() {
        return election.fingerprint();
    }

    public BigInteger publicKey() {
        return election.publicKey();
    }

    FixedBaseTable g() {
        return g;
    }

    FixedBaseTable y() {
        return y;
    }
}
