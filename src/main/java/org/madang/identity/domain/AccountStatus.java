package org.madang.identity.domain;

/** Whether an account can be used. */
public enum AccountStatus {
    ACTIVE, DISABLED,
    /** Closed at its owner's request; the profile is pseudonymised and it never signs in again. */
    CLOSED
}
