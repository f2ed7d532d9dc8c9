package org.madang.services.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A civil service (민원 사무) of the catalogue: what it is, who runs it, what it costs, how long the
 * law gives the agency, and the form citizens fill in. The processing department is the identity
 * context's department id (a number, not an association: contexts share no entities).
 */
@Entity
@Table(name = "civil_service")
public class CivilService {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(nullable = false, unique = true, length = 40)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ServiceCategory category;
    @ElementCollection
    @CollectionTable(name = "civil_service_life_event", joinColumns = @JoinColumn(name = "service_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "life_event", length = 30)
    @BatchSize(size = 100)
    private Set<LifeEvent> lifeEvents = EnumSet.noneOf(LifeEvent.class);
    @Column(name = "name_ko", nullable = false, length = 200)
    private String nameKo;
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;
    @Column(name = "summary_ko", nullable = false, length = 2000)
    private String summaryKo;
    @Column(name = "summary_en", nullable = false, length = 2000)
    private String summaryEn;
    @Column(name = "eligibility_ko", nullable = false, length = 2000)
    private String eligibilityKo;
    @Column(name = "eligibility_en", nullable = false, length = 2000)
    private String eligibilityEn;
    @Column(name = "how_to_apply_ko", nullable = false, length = 2000)
    private String howToApplyKo;
    @Column(name = "how_to_apply_en", nullable = false, length = 2000)
    private String howToApplyEn;
    @ElementCollection
    @CollectionTable(name = "civil_service_document", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<RequiredDocument> documents = new ArrayList<>();
    /** Korean won; zero when free. */
    @Column(nullable = false, precision = 12, scale = 0)
    private BigDecimal fee;
    @Embedded
    private ProcessingPeriod period;
    @Column(name = "agency_code", nullable = false, length = 30)
    private String agencyCode;
    @Column(name = "department_id", nullable = false)
    private long departmentId;
    @Column(name = "online_application", nullable = false)
    private boolean onlineApplication = true;
    @Column(name = "instant_issuance", nullable = false)
    private boolean instantIssuance;
    @Column(name = "document_type_key", length = 40)
    private String documentTypeKey;
    @Column(name = "requires_verified_resident", nullable = false)
    private boolean requiresVerifiedResident;
    @ElementCollection
    @CollectionTable(name = "civil_service_rejection_ground", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<RejectionGround> rejectionGrounds = new ArrayList<>();
    /** Ordered by the field's own position column: an @OrderColumn on the inverse side is written late. */
    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @jakarta.persistence.OrderBy("position")
    @BatchSize(size = 100)
    private List<ServiceFormField> fields = new ArrayList<>();
    /** The register an approval enters the applicant in (a business or report number), if any. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "registration_kind", length = 40)
    private RegistrationKind registrationKind;
    /** The receiving office's part of that number (e.g. the tax office and type "101-01"). */
    @Column(name = "registration_prefix", length = 20)
    private String registrationPrefix;
    /** Where the published facts came from; shown so readers can check them at the source. */
    @Column(length = 1000)
    private String source;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CivilService() {
    }

    public CivilService(String code, ServiceCategory category, Bilingual name, String agencyCode, long departmentId,
                        ProcessingPeriod period, BigDecimal fee, Instant now) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new IllegalArgumentException("service code must be UPPER_SNAKE (≤ 40): " + code);
        }
        if (category == null || name == null || period == null) {
            throw new IllegalArgumentException("a service needs a category, a name and a processing period");
        }
        if (agencyCode == null || agencyCode.isBlank() || departmentId <= 0) {
            throw new IllegalArgumentException("a service needs an agency and a processing department");
        }
        this.code = code;
        this.category = category;
        this.nameKo = name.ko();
        this.nameEn = name.en();
        this.agencyCode = agencyCode.strip().toUpperCase(Locale.ROOT);
        this.departmentId = departmentId;
        this.period = period;
        chargeFee(fee, now);
    }

    /** The texts of the service page; all of them, in both languages, are required. */
    public CivilService describe(Bilingual summary, Bilingual eligibility, Bilingual howToApply, Instant now) {
        this.summaryKo = summary.ko();
        this.summaryEn = summary.en();
        this.eligibilityKo = eligibility.ko();
        this.eligibilityEn = eligibility.en();
        this.howToApplyKo = howToApply.ko();
        this.howToApplyEn = howToApply.en();
        return touch(now);
    }

    public final CivilService chargeFee(BigDecimal won, Instant now) {
        if (won == null || won.signum() < 0 || won.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("fee must be a whole, non-negative number of won");
        }
        this.fee = won.setScale(0);
        return touch(now);
    }

    public CivilService concerns(LifeEvent... events) {
        Collections.addAll(lifeEvents, events);
        return this;
    }

    public CivilService requireDocument(Bilingual name) {
        documents.add(new RequiredDocument(name));
        return this;
    }

    public CivilService mayBeRejectedFor(String key, Bilingual text) {
        if (rejectionGrounds.stream().anyMatch(g -> g.key().equals(key))) {
            throw new IllegalArgumentException("duplicate rejection ground " + key);
        }
        rejectionGrounds.add(new RejectionGround(key, text));
        return this;
    }

    /** Offline-only services are listed for information; citizens apply at the counter. */
    public CivilService offlineOnly() {
        this.onlineApplication = false;
        return this;
    }

    /**
     * Issued at once, without an officer, from data the government already holds. Only for a
     * document type the certificate context knows, and only to verified residents when asked.
     */
    public CivilService issuedInstantly(String documentTypeKey, boolean toVerifiedResidentsOnly) {
        if (documentTypeKey == null || !documentTypeKey.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new IllegalArgumentException("instant issuance needs a document type key");
        }
        this.instantIssuance = true;
        this.documentTypeKey = documentTypeKey;
        this.requiresVerifiedResident = toVerifiedResidentsOnly;
        return this;
    }

    /**
     * An officer's approval issues a certificate of this document type (its own title and content
     * from its source), rather than a notice of the decision.
     */
    public CivilService certifiesAs(String documentTypeKey) {
        if (documentTypeKey == null || !documentTypeKey.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new IllegalArgumentException("a certificate needs a document type key");
        }
        this.documentTypeKey = documentTypeKey;
        return this;
    }

    public CivilService onlyForVerifiedResidents() {
        this.requiresVerifiedResident = true;
        return this;
    }

    /** An approval of this service creates a number in a register: which kind, with the office's prefix. */
    public CivilService registersAs(RegistrationKind kind, String prefix) {
        if (kind == null || !kind.acceptsPrefix(prefix)) {
            throw new IllegalArgumentException(code + ": a registration needs its kind and a prefix of its form");
        }
        this.registrationKind = kind;
        this.registrationPrefix = prefix;
        return this;
    }

    public CivilService citing(String source) {
        this.source = source;
        return this;
    }

    /**
     * Adds a question at the end of the form. Pages fill in order without gaps (a question may
     * stay on the last page or open the next one), so the form can always be walked page by page.
     */
    public CivilService addField(ServiceFormField.Spec spec) {
        if (fields.stream().anyMatch(f -> f.getKey().equals(spec.key()))) {
            throw new IllegalArgumentException(code + ": duplicate field " + spec.key());
        }
        int last = fields.isEmpty() ? 1 : fields.get(fields.size() - 1).getPage();
        if (spec.page() < last || spec.page() > last + 1) {
            throw new IllegalArgumentException(code + ": field " + spec.key() + " on page " + spec.page()
                    + " after page " + last);
        }
        fields.add(new ServiceFormField(this, fields.size(), spec));
        return this;
    }

    /** The page texts are set by {@link #describe}; a service without them is never stored. */
    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void requireDescription() {
        if (summaryKo == null || eligibilityKo == null || howToApplyKo == null) {
            throw new IllegalStateException(code + " has not been described");
        }
    }

    private CivilService touch(Instant now) {
        this.updatedAt = now;
        return this;
    }

    @jakarta.persistence.PostPersist
    @jakarta.persistence.PostUpdate
    @jakarta.persistence.PostRemove
    void announceChange() {
        CatalogueChanges.announce();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public ServiceCategory getCategory() { return category; }
    public Set<LifeEvent> getLifeEvents() { return Set.copyOf(lifeEvents); }
    public String getNameKo() { return nameKo; }
    public String getNameEn() { return nameEn; }
    public String getSummaryKo() { return summaryKo; }
    public String getSummaryEn() { return summaryEn; }
    public String getEligibilityKo() { return eligibilityKo; }
    public String getEligibilityEn() { return eligibilityEn; }
    public String getHowToApplyKo() { return howToApplyKo; }
    public String getHowToApplyEn() { return howToApplyEn; }
    public List<RequiredDocument> getDocuments() { return List.copyOf(documents); }
    public BigDecimal getFee() { return fee; }
    public ProcessingPeriod getPeriod() { return period; }
    public String getAgencyCode() { return agencyCode; }
    public long getDepartmentId() { return departmentId; }
    public boolean isOnlineApplication() { return onlineApplication; }
    public boolean isInstantIssuance() { return instantIssuance; }
    public String getDocumentTypeKey() { return documentTypeKey; }
    public boolean isRequiresVerifiedResident() { return requiresVerifiedResident; }
    public List<RejectionGround> getRejectionGrounds() { return List.copyOf(rejectionGrounds); }
    public List<ServiceFormField> getFields() { return List.copyOf(fields); }
    public String getSource() { return source; }
    public RegistrationKind getRegistrationKind() { return registrationKind; }
    public String getRegistrationPrefix() { return registrationPrefix; }
    public Instant getUpdatedAt() { return updatedAt; }
}
