package org.madang.services.domain;

/** Whether an issued document still counts, at a given moment. */
public enum DocumentStatus {
    /** Issued, not revoked, and its verification period has not ended. */
    VALID,
    /** Withdrawn by the issuing department; revocation wins over expiry. */
    REVOKED,
    /** Its verification period is over: third parties can no longer rely on it. */
    EXPIRED;

    public String labelKey() {
        return "services.certificate.status." + name();
    }
}
