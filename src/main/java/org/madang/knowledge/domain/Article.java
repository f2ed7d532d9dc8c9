package org.madang.knowledge.domain;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.privacy.PersonalDataText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A knowledge article owned by one department and one official. Its text lives in versions, each
 * with a reason; the article's own title and body are the published version's (a draft's until
 * it is first published), so readers and the search index see what a supervisor approved while a
 * newer version waits. Metadata (kind, services, citations, review date) applies at once.
 *
 * <p>Indexed for search with the same analysers as published information: Korean twice (nori and
 * CJK bigrams), English once. The repository hands every change to the index in its transaction.
 */
@Entity
@Table(name = "knowledge_article")
@Indexed(index = "knowledge_article")
public class Article {
    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "aid", projectable = Projectable.YES)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(name = "kind")
    private ArticleKind kind;
    @Column(name = "title_ko", nullable = false, length = ArticleDraft.MAX_TITLE)
    @FullTextField(name = "title_ko", analyzer = "korean")
    @FullTextField(name = "title_ko_bigram", analyzer = "cjk")
    private String titleKo;
    @Column(name = "title_en", nullable = false, length = ArticleDraft.MAX_TITLE)
    @FullTextField(name = "title_en", analyzer = "english")
    private String titleEn;
    @Column(name = "body_ko", nullable = false)
    @FullTextField(name = "body_ko", analyzer = "korean")
    @FullTextField(name = "body_ko_bigram", analyzer = "cjk")
    private String bodyKo;
    @Column(name = "body_en", nullable = false)
    @FullTextField(name = "body_en", analyzer = "english")
    private String bodyEn;
    /** The citations as one text, for search (the list itself is {@link #citations}). */
    @Column(name = "citation_text", nullable = false, length = 6000)
    @FullTextField(name = "citations", analyzer = "korean")
    private String citationText;
    @Column(name = "agency_code", nullable = false, length = 20)
    private String agencyCode;
    @Column(name = "department_id", nullable = false)
    @GenericField(name = "department")
    private long departmentId;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "owner_name", nullable = false, length = 100)
    private String ownerName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    @KeywordField(name = "visibility")
    private Visibility visibility;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    @KeywordField(name = "status")
    private ArticleStatus status;
    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;
    @Column(name = "current_version", nullable = false)
    private int currentVersion;
    @Column(name = "published_version", nullable = false)
    private int publishedVersion;
    @Column(name = "supersedes_id")
    private Long supersedesId;
    @Column(name = "superseded_by_id")
    private Long supersededById;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by", length = 100)
    private String publishedBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawal_reason", length = MAX_REASON)
    private String withdrawalReason;
    @Column(name = "review_notified_for")
    private LocalDate reviewNotifiedFor;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "knowledge_article_service", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "service_id")
    @GenericField(name = "services")
    private Set<Long> serviceIds = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "knowledge_article_agency", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "agency_code")
    @KeywordField(name = "agencies")
    private Set<String> agencyCodes = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "knowledge_citation", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();
    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<ArticleVersion> versions = new ArrayList<>();
    @Version
    private int version;

    protected Article() {
    }

    /** A draft, version 1, owned by its author's department. */
    public Article(ArticleDraft d, KnowledgeOfficer author, Instant now) {
        this.agencyCode = author.agencyCode();
        this.departmentId = author.departmentId();
        this.ownerId = author.accountId();
        this.ownerName = author.name();
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        describe(d);
        addVersion(d, "", author, now);
    }

    /** A new version with its reason; a published article keeps showing the approved one until a supervisor publishes this. */
    public void revise(ArticleDraft d, String reason, KnowledgeOfficer by, Instant now) {
        requireDepartment(by);
        if (status == ArticleStatus.SUPERSEDED || status == ArticleStatus.WITHDRAWN) {
            throw new Conflict("knowledge.article.closed");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("knowledge.article.reasonRequired").onField("reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInput("knowledge.article.tooLong", MAX_REASON).onField("reason");
        }
        describe(d);
        addVersion(d, reason.strip(), by, now);
    }

    /**
     * A supervisor of the owning department publishes the latest version for the given readers.
     * Refused when the text holds resident numbers, phone numbers or e-mail addresses, and made
     * public only with its English title and text.
     */
    public void publish(Visibility readers, KnowledgeOfficer supervisor, Instant now) {
        requireDepartment(supervisor);
        if (!supervisor.supervisor()) {
            throw new Forbidden("knowledge.publish.supervisorOnly");
        }
        if (!awaitsPublication()) {
            throw new Conflict("knowledge.publish.nothingNew");
        }
        ArticleVersion v = latest();
        PersonalDataText.Counts pii = PersonalDataText.count(v.allText() + "\n" + citationText);
        if (pii.any()) {
            throw new InvalidInput("knowledge.publish.personalData", pii.residentNumbers(), pii.phoneNumbers(),
                    pii.emailAddresses());
        }
        Visibility to = readers == null ? Visibility.DEPARTMENT : readers;
        if (to == Visibility.PUBLIC && (v.getTitleEn().isBlank() || v.getBodyEn().isBlank())) {
            throw new InvalidInput("knowledge.publish.englishRequired").onField("visibility");
        }
        titleKo = v.getTitleKo();
        titleEn = v.getTitleEn();
        bodyKo = v.getBodyKo();
        bodyEn = v.getBodyEn();
        visibility = to;
        status = ArticleStatus.PUBLISHED;
        publishedVersion = v.getNumber();
        publishedAt = now;
        publishedBy = supervisor.name();
        v.published(now);
        updatedAt = now;
    }

    /** Replaced by a newer published article: stays readable, marked, out of suggestions and FAQs. */
    public void supersededBy(Article newer, Instant now) {
        if (newer.id == null || newer.id.equals(id)) {
            throw new InvalidInput("knowledge.supersede.self").onField("supersedes");
        }
        if (status != ArticleStatus.PUBLISHED) {
            throw new Conflict("knowledge.supersede.notPublished");
        }
        if (newer.departmentId != departmentId) {
            throw new Forbidden("knowledge.supersede.otherDepartment");
        }
        status = ArticleStatus.SUPERSEDED;
        supersededById = newer.id;
        updatedAt = now;
    }

    /** A supervisor of the owning department takes a published article back, with the reason. */
    public void withdraw(String reason, KnowledgeOfficer supervisor, Instant now) {
        requireDepartment(supervisor);
        if (!supervisor.supervisor()) {
            throw new Forbidden("knowledge.publish.supervisorOnly");
        }
        if (status != ArticleStatus.PUBLISHED && status != ArticleStatus.SUPERSEDED) {
            throw new Conflict("knowledge.withdraw.notPublished");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("knowledge.withdraw.reasonRequired").onField("withdrawReason");
        }
        status = ArticleStatus.WITHDRAWN;
        withdrawnAt = now;
        withdrawalReason = reason.strip().length() > MAX_REASON ? reason.strip().substring(0, MAX_REASON) : reason.strip();
        updatedAt = now;
    }

    // ---- questions ------------------------------------------------------------------------------

    /**
     * Whether this officer may read the article: its department always; others only a published
     * (or superseded) article meant for the whole government or the public.
     */
    public boolean readableBy(KnowledgeOfficer reader) {
        if (reader.departmentId() == departmentId) {
            return true;
        }
        return (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SUPERSEDED)
                && visibility.forOfficersEverywhere();
    }

    public void requireReadableBy(KnowledgeOfficer reader) {
        if (!readableBy(reader)) {
            throw new Forbidden("knowledge.article.otherDepartment");
        }
    }

    public boolean readableByPublic() {
        return (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SUPERSEDED) && visibility == Visibility.PUBLIC;
    }

    public boolean editableBy(KnowledgeOfficer officer) {
        return officer.departmentId() == departmentId
                && (status == ArticleStatus.DRAFT || status == ArticleStatus.PUBLISHED);
    }

    /** A version newer than the published one (or a draft never published) waits for a supervisor. */
    public boolean awaitsPublication() {
        return (status == ArticleStatus.DRAFT || status == ArticleStatus.PUBLISHED) && currentVersion > publishedVersion;
    }

    /** Past its review date while in force: its owner must look at it again. */
    public boolean needsReview(LocalDate today) {
        return status == ArticleStatus.PUBLISHED && today.isAfter(reviewOn);
    }

    /** Needs review and its owner has not yet been reminded of this review date. */
    public boolean reviewReminderDue(LocalDate today) {
        return needsReview(today) && !reviewOn.equals(reviewNotifiedFor);
    }

    /** The owner was reminded of the current review date (a new date makes a new reminder due). */
    public void reviewReminded() {
        reviewNotifiedFor = reviewOn;
    }

    public ArticleVersion latest() {
        return versions.get(versions.size() - 1);
    }

    private void requireDepartment(KnowledgeOfficer officer) {
        if (officer.departmentId() != departmentId) {
            throw new Forbidden("knowledge.article.otherDepartment");
        }
    }

    private void describe(ArticleDraft d) {
        if (d.supersedesId() != null && d.supersedesId().equals(id)) {
            throw new InvalidInput("knowledge.supersede.self").onField("supersedes");
        }
        kind = d.kind();
        serviceIds.clear();
        serviceIds.addAll(d.serviceIds());
        agencyCodes.clear();
        agencyCodes.addAll(d.agencyCodes());
        citations.clear();
        citations.addAll(d.citations());
        citationText = d.citations().stream().map(Citation::text).collect(Collectors.joining("\n"));
        reviewOn = d.reviewOn();
        supersedesId = d.supersedesId();
        if (status == ArticleStatus.DRAFT) {
            // never published: the draft is what its department reads; the visibility is the one asked for
            visibility = d.visibility();
            titleKo = d.titleKo();
            titleEn = d.titleEn();
            bodyKo = d.bodyKo();
            bodyEn = d.bodyEn();
        }
    }

    private void addVersion(ArticleDraft d, String reason, KnowledgeOfficer author, Instant now) {
        currentVersion++;
        versions.add(new ArticleVersion(this, currentVersion, d, reason, author, now));
        updatedAt = now;
    }

    public Long getId() { return id; }
    public ArticleKind getKind() { return kind; }
    public String getTitleKo() { return titleKo; }
    public String getTitleEn() { return titleEn; }
    public String getBodyKo() { return bodyKo; }
    public String getBodyEn() { return bodyEn; }
    public String getAgencyCode() { return agencyCode; }
    public long getDepartmentId() { return departmentId; }
    public long getOwnerId() { return ownerId; }
    public String getOwnerName() { return ownerName; }
    public Visibility getVisibility() { return visibility; }
    public ArticleStatus getStatus() { return status; }
    public LocalDate getReviewOn() { return reviewOn; }
    public int getCurrentVersion() { return currentVersion; }
    public int getPublishedVersion() { return publishedVersion; }
    public Long getSupersedesId() { return supersedesId; }
    public Long getSupersededById() { return supersededById; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<Long> getServiceIds() { return Collections.unmodifiableSet(serviceIds); }
    public Set<String> getAgencyCodes() { return Collections.unmodifiableSet(agencyCodes); }
    public List<Citation> getCitations() { return Collections.unmodifiableList(citations); }
    public List<ArticleVersion> getVersions() { return Collections.unmodifiableList(versions); }
}
