package org.madang.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;

/** A business known by its registration number; people act for it by an approved mandate. */
@Entity
@Table(name = "business")
public class Business {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Embedded
    private BusinessRegistrationNumber registrationNumber;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 300)
    private String address;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Business() {
    }

    public Business(BusinessRegistrationNumber number, String name, String address, Instant now) {
        if (number == null) {
            throw new InvalidBusinessNumber();
        }
        this.registrationNumber = number;
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 200) {
            throw new InvalidInput("identity.business.nameRequired").onField("businessName");
        }
        this.name = n;
        this.address = address == null || address.isBlank() ? null : address.trim();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public BusinessRegistrationNumber getRegistrationNumber() {
        return registrationNumber;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
