package org.madang.identity.domain;

/** Whether an account can be used. */
public enum AccountStatus {
    ACTIVE, DISABLED
}
