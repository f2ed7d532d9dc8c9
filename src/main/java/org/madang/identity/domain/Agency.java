package org.madang.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A ministry, national agency, public institution or local government (기관). */
@Entity
@Table(name = "agency")
public class Agency {
    public enum Kind { MINISTRY, NATIONAL_AGENCY, COMMISSION, PUBLIC_INSTITUTION, LOCAL_GOVERNMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = 20)
    private String code;
    @Column(name = "name_ko", nullable = false)
    private String nameKo;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(nullable = false, length = 30)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @OneToMany(mappedBy = "agency")
    @OrderBy("nameKo")
    private List<Department> departments = new ArrayList<>();

    protected Agency() {
    }

    public Agency(String code, String nameKo, String nameEn, Kind kind, Instant now) {
        this.code = requireCode(code);
        rename(nameKo, nameEn);
        if (kind == null) {
            throw new InvalidInput("identity.agency.kindRequired").onField("kind");
        }
        this.kind = kind;
        this.createdAt = now;
    }

    static String requireCode(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,19}")) {
            throw new InvalidInput("identity.code.invalid").onField("code");
        }
        return c;
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

    public Kind getKind() {
        return kind;
    }

    public List<Department> getDepartments() {
        return Collections.unmodifiableList(departments);
    }
}
