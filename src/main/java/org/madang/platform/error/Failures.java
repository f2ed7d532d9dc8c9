package org.madang.platform.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What may be logged of a failure: the classes of the exception and its causes and where each was
 * thrown, never their messages. Messages quote what they failed on (a parser's input, a
 * constraint's arguments, a database row), which may be a person's text or 1 MB of it.
 */
public final class Failures {
    static final int FRAMES = 12;
    /** Seconds a client is asked to wait when the database is out of reach (the 503 answers' Retry-After). */
    public static final int RETRY_AFTER_SECONDS = 10;

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

    /**
     * Whether the failure is the database being out of reach (stopped, restarting, network gone,
     * pool unable to connect): a passing state the person should be told as such (503), not an
     * incident. Judged by the JDBC connection exceptions and SQLStates (class 08, and PostgreSQL's
     * shutdown codes 57P01-57P03) anywhere in the chain.
     */
    public static boolean databaseUnavailable(Throwable t) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable c = t; c != null && seen.put(c, Boolean.TRUE) == null; c = c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof java.net.ConnectException) {
                return true;
            }
            if (c instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                for (SQLException next = sql.getNextException(); next != null && seen.put(next, Boolean.TRUE) == null;
                     next = next.getNextException()) {
                    if (databaseUnavailable(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
