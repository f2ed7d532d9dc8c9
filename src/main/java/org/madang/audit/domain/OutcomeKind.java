package org.madang.audit.domain;

/**
 * The three kinds of outcome the platform records: {@code SUCCESS}, {@code REFUSED:<message key>}
 * (a business rule said no) and {@code ERROR:<exception>} (something broke).
 */
public enum OutcomeKind {
    SUCCESS, REFUSED, ERROR;

    /** The kind an outcome string belongs to, or null for an outcome of none of the three forms. */
    public static OutcomeKind of(String outcome) {
        if (outcome == null) {
            return null;
        }
        for (OutcomeKind k : values()) {
            if (outcome.equals(k.name()) || outcome.startsWith(k.name() + ":")) {
                return k;
            }
        }
        return null;
    }

    /** The part after "KIND:", e.g. the message key of a refusal; empty for a plain SUCCESS. */
    public static String detail(String outcome) {
        int colon = outcome == null ? -1 : outcome.indexOf(':');
        return colon < 0 ? "" : outcome.substring(colon + 1);
    }
}
