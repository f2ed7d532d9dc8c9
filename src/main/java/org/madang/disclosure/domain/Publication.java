package org.madang.disclosure.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Information an agency publishes without being asked: metadata in Korean and English, the
 * department that answers for it, and every version of its file. Withdrawal keeps the item (and
 * its page) with the reason; only search and lists forget it.
 *
 * <p>Indexed for full-text search: each text twice, by the Korean morphological analyser ("korean",
 * nori) and as CJK bigrams ("cjk", for words the dictionary does not know); analysers are defined in
 * infrastructure. The repository has the entity reindexed after each command, within its transaction.
 */
@Entity
@Table(name = "publication")
@Indexed(index = "publication")
public class Publication {
    /** Years (the "year" facet) are Korean calendar years. */
    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "pid", sortable = Sortable.YES, projectable = Projectable.YES)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    @KeywordField(name = "type", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private PublicationType kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private PublicationCategory category;
    @Column(name = "title_ko", nullable = false, length = 300)
    @FullTextField(name = "title_ko", analyzer = "korean", projectable = Projectable.YES)
    @FullTextField(name = "title_ko_bigram", analyzer = "cjk")
    private String titleKo;
    @Column(name = "title_en", nullable = false, length = 300)
    @FullTextField(name = "title_en", analyzer = "english", projectable = Projectable.YES)
    private String titleEn;
    @Column(name = "summary_ko", nullable = false, length = 4000)
    @FullTextField(name = "summary_ko", analyzer = "korean", projectable = Projectable.YES)
    @FullTextField(name = "summary_ko_bigram", analyzer = "cjk")
    private String summaryKo;
    @Column(name = "summary_en", nullable = false, length = 4000)
    @FullTextField(name = "summary_en", analyzer = "english", projectable = Projectable.YES)
    private String summaryEn;
    @Column(name = "agency_code", nullable = false, length = 20)
    @KeywordField(name = "agency", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String agencyCode;
    @Column(name = "department_id", nullable = false)
    @GenericField(name = "department", projectable = Projectable.YES)
    private long departmentId;
    @Column(name = "legal_basis", length = 500)
    @FullTextField(name = "legal_basis", analyzer = "korean")
    private String legalBasis;
    @Column(nullable = false, length = 1000)
    @FullTextField(name = "keywords", analyzer = "korean", projectable = Projectable.YES)
    @FullTextField(name = "keywords_bigram", analyzer = "cjk")
    private String keywords;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Licence licence;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    @KeywordField
    private PublicationStatus status;
    @Column(name = "published_at")
    @GenericField(name = "published", sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant publishedAt;
    /** The year of publishedAt in the portal's time zone, fixed when published (a search facet). */
    @Column(name = "published_year")
    private Integer publishedYear;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawal_reason", length = MAX_REASON)
    private String withdrawalReason;
    @Column(name = "request_reference", length = 40)
    private String requestReference;
    @Column(name = "current_version", nullable = false)
    @GenericField(name = "version_number", projectable = Projectable.YES)
    private int currentVersion;
    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @OneToMany(mappedBy = "publication", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<PublicationVersion> versions = new ArrayList<>();
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "publication_related", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "related_id")
    private Set<Long> relatedIds = new LinkedHashSet<>();
    @Version
    private int version;

    protected Publication() {
    }

    /** A draft with its first file, for one department of one agency. */
    public Publication(PublicationDetails details, String agencyCode, long departmentId, StoredFile file, String by,
                       Instant now) {
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new InvalidInput("open.publish.departmentRequired").onField("department");
        }
        describe(details);
        this.agencyCode = agencyCode;
        this.departmentId = departmentId;
        this.status = PublicationStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = now;
        addVersion(file, null, false, by, now);
    }

    /** Changes the metadata (a draft, or a published item's description; the file has its own commands). */
    public void describe(PublicationDetails d) {
        if (status == PublicationStatus.WITHDRAWN) {
            throw new Conflict("open.publication.withdrawn");
        }
        if (d.type() == PublicationType.DATASET && currentVersion > 0 && !current().getFormat().isData()) {
            throw new InvalidInput("open.file.datasetFormat").onField("file");
        }
        this.kind = d.type();
        this.category = d.category();
        this.titleKo = d.titleKo();
        this.titleEn = d.titleEn();
        this.summaryKo = d.summaryKo();
        this.summaryEn = d.summaryEn();
        this.legalBasis = d.legalBasis();
        this.keywords = d.keywords() == null ? "" : d.keywords();
        this.licence = d.licence();
    }

    /**
     * A draft's file replaced before anyone saw it: version 1 takes the new file (the old one is
     * forgotten, not kept as a version); returns the old file's storage key.
     */
    public String replaceDraftFile(StoredFile file, String by, Instant now) {
        requireStatus(PublicationStatus.DRAFT);
        if (kind == PublicationType.DATASET && !file.format().isData()) {
            throw new InvalidInput("open.file.datasetFormat").onField("file");
        }
        String old = current().getStorageKey();
        current().replaceFile(file, by, now);
        updatedAt = now;
        return old;
    }

    /** A published item's new file, with the reason readers are shown; the old file stays downloadable. */
    public void newVersion(StoredFile file, String reason, boolean personalDataConfirmed, String by, Instant now) {
        requireStatus(PublicationStatus.PUBLISHED);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("open.version.reasonRequired").onField("reason");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInput("open.publish.tooLong", MAX_REASON).onField("reason");
        }
        if (file.findings().any() && !personalDataConfirmed) {
            throw new PersonalDataFound(file.findings());
        }
        addVersion(file, reason.strip(), personalDataConfirmed, by, now);
    }

    /** The publisher confirms that what the check found may be published (e.g. an office's own number). */
    public void confirmPersonalData(String by, Instant now) {
        requireStatus(PublicationStatus.DRAFT);
        current().confirmPersonalData(by);
        updatedAt = now;
    }

    /**
     * Publishes now, or from a later moment ({@code at}); refused while personal data is unconfirmed.
     * {@code zone} is the portal's time zone, in which the publication's year is counted.
     */
    public void publish(Instant at, Instant now, ZoneId zone) {
        requireStatus(PublicationStatus.DRAFT);
        if (current().blocksPublication()) {
            throw new PersonalDataFound(current().getFindings());
        }
        if (kind == PublicationType.DATASET && !current().getFormat().isData()) {
            throw new InvalidInput("open.file.datasetFormat").onField("file");
        }
        status = PublicationStatus.PUBLISHED;
        publishedAt = at == null ? now : at;
        publishedYear = publishedAt.atZone(zone).getYear();
        updatedAt = now;
    }

    public void withdraw(String reason, Instant now) {
        requireStatus(PublicationStatus.PUBLISHED);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("open.withdraw.reasonRequired").onField("withdrawalReason");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInput("open.publish.tooLong", MAX_REASON).onField("withdrawalReason");
        }
        status = PublicationStatus.WITHDRAWN;
        withdrawnAt = now;
        withdrawalReason = reason.strip();
        updatedAt = now;
    }

    public void relateTo(long otherId) {
        if (id != null && id == otherId) {
            throw new InvalidInput("open.related.self").onField("related");
        }
        relatedIds.add(otherId);
    }

    /** Links this release to the disclosure request it answered (issue 13). */
    public void answerRequest(String reference) {
        this.requestReference = reference;
    }

    public PublicationPhase phase(Instant now) {
        return switch (status) {
            case DRAFT -> PublicationPhase.DRAFT;
            case WITHDRAWN -> PublicationPhase.WITHDRAWN;
            case PUBLISHED -> publishedAt.isAfter(now) ? PublicationPhase.SCHEDULED : PublicationPhase.PUBLISHED;
        };
    }

    /** Readers may see the page: published (date reached) or withdrawn (the page stays with its reason). */
    public boolean isPublic(Instant now) {
        return phase(now).visible();
    }

    public PublicationVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<PublicationVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    private void addVersion(StoredFile file, String reason, boolean confirmed, String by, Instant now) {
        if (kind == PublicationType.DATASET && !file.format().isData()) {
            throw new InvalidInput("open.file.datasetFormat").onField("file");
        }
        currentVersion++;
        versions.add(new PublicationVersion(this, currentVersion, file, reason, confirmed, by, now));
        updatedAt = now;
    }

    private void requireStatus(PublicationStatus expected) {
        if (status != expected) {
            throw new Conflict("open.publication.state." + status.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    // --- derived index fields: recomputed whenever the publication changes ------------------

    @FullTextField(name = "text", analyzer = "korean", projectable = Projectable.YES)
    @FullTextField(name = "text_bigram", analyzer = "cjk")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchText() {
        return versions.isEmpty() ? "" : current().getExtractedText();
    }

    @KeywordField(name = "format", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getFileFormat() {
        return versions.isEmpty() ? null : current().getFormat().name();
    }

    @GenericField(name = "text_searchable", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public boolean isTextSearchable() {
        return !versions.isEmpty() && current().getTextStatus() == TextStatus.EXTRACTED;
    }

    @GenericField(name = "year", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Integer getYear() {
        return publishedYear;
    }

    // --- read access -------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public PublicationType getKind() {
        return kind;
    }

    public PublicationCategory getCategory() {
        return category;
    }

    public String getTitleKo() {
        return titleKo;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getSummaryKo() {
        return summaryKo;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getKeywords() {
        return keywords;
    }

    public Licence getLicence() {
        return licence;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public String getRequestReference() {
        return requestReference;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<PublicationVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public Set<Long> getRelatedIds() {
        return Collections.unmodifiableSet(relatedIds);
    }
}
