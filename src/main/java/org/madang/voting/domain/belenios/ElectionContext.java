package org.madang.voting.domain.belenios;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.math.BigInteger;

/**
 * An election ready for cryptography: its parameters plus the fixed-base tables of g and of the
 * election key y. Building the y table costs about 8,000 multiplications, so contexts are cached
 * by fingerprint and shared; a context is immutable and safe to use from many threads.
 */
public final class ElectionContext {
    private static final int CACHE_SIZE = 8;
    // the portal's one cache library; upkeep on the calling thread, as platform.cache.Caches does
    private static final Cache<String, ElectionContext> CACHE = Caffeine.newBuilder().maximumSize(CACHE_SIZE)
            .executor(Runnable::run).build();

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
        return CACHE.get(election.fingerprint(), k -> new ElectionContext(election));
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
