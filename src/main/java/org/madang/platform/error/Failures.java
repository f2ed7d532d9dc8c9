package org.madang.platform.error;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What may be logged of a failure: the classes of the exception and its causes and where each was
 * thrown, never their messages. Messages quote what they failed on (a parser's input, a
 * constraint's arguments, a database row), which may be a person's text or 1 MB of it.
 */
public final class Failures {
    static final int FRAMES = 12;

    private Failures() {
    }

    public static String describe(Throwable t) {
        StringBuilder b = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable c = t; c != null && seen.put(c, Boolean.TRUE) == null; c = c.getCause()) {
            if (c != t) {
                b.append("\n  caused by ");
            }
            b.append(c.getClass().getName());
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                b.append(" (SQLState ").append(sql.getSQLState()).append(')');
            }
            StackTraceElement[] frames = c.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                b.append("\n    at ").append(frames[i]);
            }
            if (frames.length > FRAMES) {
                b.append("\n    ... ").append(frames.length - FRAMES).append(" more");
            }
        }
        return b.toString();
    }
}
