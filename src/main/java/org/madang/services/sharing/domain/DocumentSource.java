package org.madang.services.sharing.domain;

/**
 * Where a government-held document comes from, and the consent scope that lets a department fetch
 * it (the privacy context labels scopes as {@code consent.scope.<scope>}).
 */
public enum DocumentSource {
    /** A certificate this portal issued to the applicant (by issuance number). */
    ISSUED_CERTIFICATE("document.issuedCertificate"),
    /** The registration of a business the applicant represents (by business id). */
    BUSINESS_REGISTRATION("document.businessRegistration"),
    /** The applicant's resident registration extract, from the registry port. */
    RESIDENT_REGISTRATION("document.residentRegistration");

    private final String consentScope;

    DocumentSource(String consentScope) {
        this.consentScope = consentScope;
    }

    public String consentScope() {
        return consentScope;
    }

    public String labelKey() {
        return "consent.scope." + consentScope;
    }
}
