package org.madang.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;
import java.util.Locale;

/** A unit of an agency that processes cases (부서). Officers belong to one; a supervisor supervises one. */
@Entity
@Table(name = "department")
public class Department {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;
    @Column(nullable = false, length = 30)
    private String code;
    @Column(name = "name_ko", nullable = false)
    private String nameKo;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Department() {
    }

    public Department(Agency agency, String code, String nameKo, String nameEn, Instant now) {
        if (agency == null) {
            throw new InvalidInput("identity.department.agencyRequired").onField("agency");
        }
        this.agency = agency;
        this.code = Agency.requireCode(code);
        rename(nameKo, nameEn);
        this.createdAt = now;
    }

    public final void rename(String ko, String en) {
        if (ko == null || ko.isBlank() || en == null || en.isBlank()) {
            throw new InvalidInput("identity.names.required").onField("nameKo");
        }
        this.nameKo = ko.trim();
        this.nameEn = en.trim();
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getCode() {
        return code;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }
}
