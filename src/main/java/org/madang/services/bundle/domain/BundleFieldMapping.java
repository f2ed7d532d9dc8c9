package org.madang.services.bundle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** "This shared answer is that service's answer to that question." */
@Embeddable
public class BundleFieldMapping {
    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;
    @Column(name = "service_field_key", nullable = false, length = 40)
    private String serviceFieldKey;
    @Column(name = "shared_field_key", nullable = false, length = 40)
    private String sharedFieldKey;

    protected BundleFieldMapping() {
    }

    public String getServiceCode() { return serviceCode; }
    public String getServiceFieldKey() { return serviceFieldKey; }
    public String getSharedFieldKey() { return sharedFieldKey; }
}
