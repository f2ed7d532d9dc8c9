package org.madang.services.bundle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One part of a filing: an ordinary application (by id) that one department processes, and the
 * part it waits for, if any.
 */
@Entity
@Table(name = "bundle_filing_part")
public class FilingPart {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private int position;
    @Column(name = "service_id", nullable = false)
    private long serviceId;
    @Column(name = "application_id", nullable = false, unique = true)
    private long applicationId;
    @Column(name = "requires_position")
    private Integer requiresPosition;

    protected FilingPart() {
    }

    FilingPart(int position, long serviceId, long applicationId, Integer requiresPosition) {
        this.position = position;
        this.serviceId = serviceId;
        this.applicationId = applicationId;
        this.requiresPosition = requiresPosition;
    }

    public boolean waitsForAnother() {
        return requiresPosition != null;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public long getServiceId() { return serviceId; }
    public long getApplicationId() { return applicationId; }
    public Integer getRequiresPosition() { return requiresPosition; }
}
