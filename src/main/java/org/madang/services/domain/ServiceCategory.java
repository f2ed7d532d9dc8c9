package org.madang.services.domain;

/** Catalogue categories (RESIDENCE: address and passport); the last five are the one-stop business areas of the roadmap. */
public enum ServiceCategory {
    CERTIFICATES, RESIDENCE, WELFARE, EMPLOYMENT, SAFETY, BUSINESS, INVESTMENT, FINANCE, TRADE, TAX;

    public String labelKey() {
        return "services.category." + name();
    }
}
