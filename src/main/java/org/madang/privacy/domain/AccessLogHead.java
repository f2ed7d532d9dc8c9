package org.madang.privacy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.madang.platform.integrity.ChainHead;
import org.madang.platform.privacy.PersonalDataRead;

/** The end of the access-log chain (see {@link ChainHead}). */
@Entity
@Table(name = "personal_data_access_head")
public class AccessLogHead extends ChainHead {

    protected AccessLogHead() {
        // for JPA
    }

    private AccessLogHead(boolean empty) {
        super(empty);
    }

    /** An empty log (the migration inserts the same row). */
    public static AccessLogHead empty() {
        return new AccessLogHead(true);
    }

    /** The entry for this read, linked to the current end; the head then points at it. */
    public AccessLogEntry append(PersonalDataRead read) {
        AccessLogEntry next = new AccessLogEntry(getLastSequence() + 1, getLastHash(), read);
        advanceTo(next.getSequence(), next.getHash());
        return next;
    }
}
