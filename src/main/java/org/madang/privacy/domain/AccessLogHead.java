package org.madang.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.madang.platform.integrity.HashChain;
import org.madang.platform.privacy.PersonalDataRead;

/**
 * The one-row end of the access-log chain. Every append locks it (SELECT ... FOR UPDATE), which
 * serialises appends so the chain never forks; verification checks its walk ends here.
 */
@Entity
@Table(name = "personal_data_access_head")
public class AccessLogHead {
    public static final int ID = 1;

    @Id
    private int id;
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;
    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AccessLogHead() {
        // for JPA
    }

    /** An empty log (the migration inserts the same row). */
    public static AccessLogHead empty() {
        AccessLogHead h = new AccessLogHead();
        h.id = ID;
        h.lastSequence = 0;
        h.lastHash = HashChain.GENESIS;
        return h;
    }

    /** The entry for this read, linked to the current end; the head then points at it. */
    public AccessLogEntry append(PersonalDataRead read) {
        AccessLogEntry next = new AccessLogEntry(lastSequence + 1, lastHash, read);
        lastSequence = next.getSequence();
        lastHash = next.getHash();
        return next;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
