package org.madang.services.bundle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One service of a bundle, and the service whose approval it waits for (if any). */
@Embeddable
public class BundlePartSpec {
    @Column(nullable = false)
    private int position;
    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;
    @Column(name = "requires_code", length = 40)
    private String requiresCode;

    protected BundlePartSpec() {
    }

    public int getPosition() { return position; }
    public String getServiceCode() { return serviceCode; }
    public String getRequiresCode() { return requiresCode; }
}
