package org.madang.identity.domain;

/** How sure the portal is of who an account belongs to; services and votes gate on it. */
public enum VerificationLevel {
    /** Self-registered: name, birth date and region as the person typed them. */
    BASIC,
    /** Matched against the resident registry. */
    VERIFIED_RESIDENT;

    public String labelKey() {
        return "verification." + name();
    }
}
