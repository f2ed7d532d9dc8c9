package org.madang.notification;

import org.madang.testsupport.InContainer;

import jakarta.ejb.ApplicationException;

/** NoticeProbe's planned failure; rolls its transaction back and tells what it saw before. */
@InContainer
@ApplicationException(rollback = true)
public class ProbeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long inboxMessagesSeenInside;

    public ProbeFailure(long inboxMessagesSeenInside) {
        super("planned failure after the notice");
        this.inboxMessagesSeenInside = inboxMessagesSeenInside;
    }

    public long inboxMessagesSeenInside() {
        return inboxMessagesSeenInside;
    }
}
