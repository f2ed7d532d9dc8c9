package org.madang.services.bundle.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.services.domain.ApplicationAnswers;
import org.madang.services.domain.ApplicationNumber;
import org.madang.services.domain.ApplicationStatusConflict;
import org.madang.services.domain.ApplicationStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A representative's filing of a bundle for a business: the shared answers, one receipt number,
 * and its parts — one application per service, each processed by its own department. The
 * filing's status is not stored: it is derived from its parts ({@link BundleProgress}).
 */
@Entity
@Table(name = "bundle_filing")
public class BundleFiling {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(name = "draft_key", nullable = false, unique = true, length = 20)
    private String draftKey;
    /** The receipt number as printed (a string column: see Application on converters). */
    @Column(unique = true, length = 17)
    private String number;
    @Column(name = "bundle_id", nullable = false)
    private long bundleId;
    @Column(name = "applicant_id", nullable = false)
    private long applicantId;
    @Column(name = "applicant_name", nullable = false, length = 100)
    private String applicantName;
    @Column(name = "business_id", nullable = false)
    private long businessId;
    @ElementCollection
    @CollectionTable(name = "bundle_filing_answer", joinColumns = @JoinColumn(name = "filing_id"))
    @MapKeyColumn(name = "field_key", length = 40)
    @Column(name = "answer", length = 4000)
    private Map<String, String> answers = new TreeMap<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "filing_id", nullable = false)
    @OrderBy("position")
    private List<FilingPart> parts = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected BundleFiling() {
    }

    public BundleFiling(long bundleId, long applicantId, String applicantName, long businessId, String draftKey,
                        Instant now) {
        this.bundleId = bundleId;
        this.applicantId = applicantId;
        this.applicantName = Objects.requireNonNull(applicantName);
        this.businessId = businessId;
        this.draftKey = Objects.requireNonNull(draftKey);
        this.createdAt = now;
    }

    /** Adds the part for a service; {@code requiresPosition} names the part it waits for. */
    public void addPart(int position, long serviceId, long applicationId, Integer requiresPosition) {
        requireDraft();
        if (parts.stream().anyMatch(p -> p.getPosition() == position)) {
            throw new IllegalStateException("part " + position + " exists");
        }
        if (requiresPosition != null && requiresPosition == position) {
            throw new IllegalArgumentException("a part cannot wait for itself");
        }
        parts.add(new FilingPart(position, serviceId, applicationId, requiresPosition));
    }

    /** Merges shared answers: a blank answer removes one. */
    public void saveAnswers(Map<String, String> changes) {
        requireDraft();
        ApplicationAnswers.merge(answers, changes, "shared.");
    }

    /** Takes the one receipt number the representative is given for the whole filing. */
    public void submit(ApplicationNumber receipt, Instant now) {
        requireDraft();
        if (parts.isEmpty()) {
            throw new IllegalStateException("a filing without parts");
        }
        this.number = Objects.requireNonNull(receipt).toString();
        this.submittedAt = now;
    }

    /** The parts that wait for the given one. */
    public List<FilingPart> partsWaitingFor(int position) {
        return parts.stream().filter(p -> p.getRequiresPosition() != null && p.getRequiresPosition() == position)
                .toList();
    }

    public Optional<FilingPart> partOfApplication(long applicationId) {
        return parts.stream().filter(p -> p.getApplicationId() == applicationId).findFirst();
    }

    public boolean isOwnedBy(long accountId) {
        return applicantId == accountId;
    }

    public boolean isDraft() {
        return submittedAt == null;
    }

    private void requireDraft() {
        if (!isDraft()) {
            throw ApplicationStatusConflict.notIn(ApplicationStatus.SUBMITTED);
        }
    }

    /** The receipt number once submitted, the draft key before. */
    public String reference() {
        return number != null ? number : draftKey;
    }

    public Long getId() { return id; }
    public String getDraftKey() { return draftKey; }
    public ApplicationNumber getNumber() { return number == null ? null : ApplicationNumber.parse(number); }
    public long getBundleId() { return bundleId; }
    public long getApplicantId() { return applicantId; }
    public String getApplicantName() { return applicantName; }
    public long getBusinessId() { return businessId; }
    public Map<String, String> getAnswers() { return Collections.unmodifiableMap(answers); }
    public List<FilingPart> getParts() { return Collections.unmodifiableList(parts); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
}
