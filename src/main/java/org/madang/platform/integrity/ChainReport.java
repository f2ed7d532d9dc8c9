package org.madang.platform.integrity;

import org.madang.platform.integrity.HashChain;

import java.io.Serializable;
import java.util.Iterator;

/**
 * What a walk of a hash chain (the audit trail, the access log) found: intact with N records, or the first broken link, its
 * sequence and what is wrong with it.
 */
public record ChainReport(boolean intact, long checked, Long firstBrokenSequence, Problem problem)
        implements Serializable {

    public enum Problem {
        /** The record's back-pointer is not the hash of the record before it (removed, inserted or moved). */
        PREVIOUS_HASH,
        /** The record's content no longer hashes to its stored hash (edited). */
        CONTENT_HASH,
        /** The chain stops short of its recorded end (records removed from the tail). */
        MISSING_RECORDS,
        /** The last record is not the one the chain head recorded (re-hashed or replaced). */
        HEAD_MISMATCH
    }

    public static ChainReport intact(long checked) {
        return new ChainReport(true, checked, null, null);
    }

    public static ChainReport broken(long checked, long sequence, Problem problem) {
        return new ChainReport(false, checked, sequence, problem);
    }

    /**
     * Walks the links in sequence order ({@link HashChain#verify}), then checks that the walk ended
     * exactly where the chain head says the chain ends, which catches a cut-off tail that a walk
     * alone cannot see.
     */
    public static ChainReport verify(Iterable<HashChain.Link> links, long headSequence, String headHash) {
        HashChain.Link[] last = new HashChain.Link[1];
        Iterable<HashChain.Link> tracked = () -> {
            Iterator<HashChain.Link> it = links.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public HashChain.Link next() {
                    last[0] = it.next();
                    return last[0];
                }
            };
        };
        HashChain.Verdict v = HashChain.verify(tracked);
        if (!v.intact()) {
            Problem p = "previous-hash".equals(v.reason()) ? Problem.PREVIOUS_HASH : Problem.CONTENT_HASH;
            return broken(v.checked(), v.firstBrokenSequence(), p);
        }
        long lastSequence = last[0] == null ? 0 : last[0].sequence();
        String lastHash = last[0] == null ? HashChain.GENESIS : last[0].hash();
        if (lastSequence < headSequence) {
            return broken(v.checked(), lastSequence + 1, Problem.MISSING_RECORDS);
        }
        if (!lastHash.equals(headHash)) {
            return broken(v.checked() - 1, lastSequence, Problem.HEAD_MISMATCH);
        }
        return intact(v.checked());
    }
}
