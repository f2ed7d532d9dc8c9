package org.madang.identity.web;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;

/**
 * What a browser session remembers of its sign-in: the account and the account's session epoch
 * at the time. {@link SessionEpochFilter} ends the session once the epoch moved on (the password
 * was changed elsewhere) or the account is no longer active.
 */
public record SessionMark(long accountId, int sessionEpoch) implements Serializable {
    static final String ATTRIBUTE = "madang.sessionMark";

    static void put(HttpSession session, long accountId, int sessionEpoch) {
        session.setAttribute(ATTRIBUTE, new SessionMark(accountId, sessionEpoch));
    }

    static SessionMark of(HttpSession session) {
        Object o = session == null ? null : session.getAttribute(ATTRIBUTE);
        return o instanceof SessionMark m ? m : null;
    }
}
