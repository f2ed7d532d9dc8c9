package org.madang.platform.integrity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The one-row end of a hash chain (the audit trail, the access log). Every append locks the row
 * (SELECT ... FOR UPDATE), which serialises appends so two links never claim the same predecessor;
 * verification checks that a walk of the chain ends exactly here, so a lost tail shows.
 */
@MappedSuperclass
public abstract class ChainHead {
    public static final int ID = 1;

    @Id
    private int id;
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;
    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected ChainHead() {
        // for JPA
    }

    /** An empty chain (the migrations insert the same row). */
    protected ChainHead(boolean empty) {
        this.id = ID;
        this.lastSequence = 0;
        this.lastHash = HashChain.GENESIS;
    }

    /** The head now points at the link just made with {@code sequence} and {@code hash}. */
    protected void advanceTo(long sequence, String hash) {
        if (sequence != lastSequence + 1) {
            throw new IllegalStateException("link " + sequence + " does not follow " + lastSequence);
        }
        lastSequence = sequence;
        lastHash = hash;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
