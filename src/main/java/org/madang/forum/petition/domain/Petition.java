package org.madang.forum.petition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.madang.forum.debate.domain.ContentModeration;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A citizen's petition to one agency (국민청원). Drafted by a verified resident, sponsored by five
 * other residents through a private link, published for {@value #RUN_DAYS} days; every support and
 * withdrawal passes through here (with the row locked), so the count and the moment the agency's
 * threshold is reached are decided in one place. Once reached, the obligation to answer stays,
 * even if supports are withdrawn later.
 */
@Entity
@Table(name = "petition")
public class Petition {
    public static final int SPONSORS_NEEDED = 5;
    public static final int RUN_DAYS = 30;
    public static final int TITLE_MAX = 150;
    public static final int TEXT_MAX = 6000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = TITLE_MAX)
    private String title;
    @Column(name = "body", nullable = false, length = TEXT_MAX)
    private String text;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PetitionCategory category;
    @Column(name = "agency_code", nullable = false, length = 20)
    private String agencyCode;
    @Column(name = "author_account_id")
    private Long authorAccountId;
    @Column(name = "author_resident_key", nullable = false)
    private UUID authorResidentKey;
    @Column(name = "sponsor_token", nullable = false, length = 64)
    private String sponsorToken;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PetitionStatus status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sponsor_count", nullable = false)
    private int sponsorCount;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(name = "answer_threshold")
    private Integer answerThreshold;
    @Column(name = "answer_days")
    private Integer answerDays;
    @Column(name = "support_count", nullable = false)
    private int supportCount;
    @Column(name = "threshold_reached_at")
    private Instant thresholdReachedAt;
    @Column(name = "answer_due_at")
    private Instant answerDueAt;
    @Column(name = "answer_text", length = TEXT_MAX)
    private String answerText;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "answered_by")
    private Long answeredBy;
    @Column(name = "answered_department")
    private Long answeredDepartment;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;
    @Column(name = "outcome_reason", length = TEXT_MAX)
    private String outcomeReason;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "done_at")
    private Instant doneAt;
    // flags, review, hiding and the one appeal, as for debate posts
    @Embedded
    private ContentModeration moderation = new ContentModeration();

    protected Petition() {
    }

    public Petition(String title, String text, PetitionCategory category, String agencyCode, Long authorAccountId,
                    UUID authorResidentKey, String sponsorToken, Instant now) {
        this.title = required(title, TITLE_MAX, "title");
        this.text = required(text, TEXT_MAX, "text");
        if (category == null) {
            throw new InvalidInput("petition.draft.categoryRequired").onField("category");
        }
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new InvalidInput("petition.draft.agencyRequired").onField("agency");
        }
        this.category = category;
        this.agencyCode = agencyCode;
        this.authorAccountId = authorAccountId;
        this.authorResidentKey = Objects.requireNonNull(authorResidentKey, "a petition's author is a resident");
        this.sponsorToken = Objects.requireNonNull(sponsorToken);
        this.status = PetitionStatus.DRAFT;
        this.createdAt = now;
    }

    static String required(String value, int max, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidInput("petition.textRequired", max).onField(field);
        }
        return v;
    }

    public PetitionPhase phase(Instant now) {
        if (status == PetitionStatus.DRAFT) {
            return PetitionPhase.DRAFT;
        }
        return now.isBefore(closesAt) ? PetitionPhase.OPEN : PetitionPhase.CLOSED;
    }

    public boolean isAuthor(long accountId) {
        return authorAccountId != null && authorAccountId == accountId;
    }

    /** One more resident sponsors the draft (the sponsor table's key keeps it once per resident). */
    public void sponsored(UUID sponsor) {
        if (status != PetitionStatus.DRAFT) {
            throw new Conflict("petition.sponsor.published");
        }
        if (authorResidentKey.equals(sponsor)) {
            throw new Forbidden("petition.sponsor.author");
        }
        if (sponsorCount >= SPONSORS_NEEDED) {
            throw new Conflict("petition.sponsor.enough", SPONSORS_NEEDED);
        }
        sponsorCount++;
    }

    public boolean hasAllSponsors() {
        return sponsorCount >= SPONSORS_NEEDED;
    }

    /**
     * The author publishes the sponsored draft: it runs {@value #RUN_DAYS} days from now, under the
     * agency's rule as it stands now.
     */
    public void publish(long accountId, AnswerRule rule, Instant now) {
        if (!isAuthor(accountId)) {
            throw new Forbidden("petition.notAuthor");
        }
        if (status != PetitionStatus.DRAFT) {
            throw new Conflict("petition.publish.already");
        }
        if (!hasAllSponsors()) {
            throw new Conflict("petition.publish.needsSponsors", SPONSORS_NEEDED, sponsorCount);
        }
        status = PetitionStatus.PUBLISHED;
        publishedAt = now;
        closesAt = now.plus(Duration.ofDays(RUN_DAYS));
        answerThreshold = rule.threshold();
        answerDays = rule.days();
    }

    /**
     * One support was added (its row is already written). Returns true when this support is the one
     * that reached the threshold: the answer is then due {@code answerDays} days from now.
     */
    public boolean supportAdded(Instant now) {
        requireOpen(now);
        if (!moderation.isVisible()) {
            throw new Conflict("petition.support.underModeration");
        }
        supportCount++;
        if (thresholdReachedAt == null && supportCount >= answerThreshold) {
            thresholdReachedAt = now;
            answerDueAt = now.plus(Duration.ofDays(answerDays));
            return true;
        }
        return false;
    }

    /** One support was withdrawn (its row is already deleted); a reached threshold stays reached. */
    public void supportWithdrawn(Instant now) {
        requireOpen(now);
        if (supportCount > 0) {
            supportCount--;
        }
    }

    public void requireOpen(Instant now) {
        if (phase(now) != PetitionPhase.OPEN) {
            throw new Conflict(status == PetitionStatus.DRAFT ? "petition.support.notPublished" : "petition.support.closed");
        }
    }

    public AnswerState answerState(Instant now) {
        if (answeredAt != null) {
            return AnswerState.ANSWERED;
        }
        if (thresholdReachedAt == null) {
            return AnswerState.NOT_DUE;
        }
        return now.isAfter(answerDueAt) ? AnswerState.OVERDUE : AnswerState.DUE;
    }

    /** The agency's public answer; once only (what follows is the outcome). */
    public void answer(String answer, Long officerAccountId, Long departmentId, Instant now) {
        if (status != PetitionStatus.PUBLISHED) {
            throw new Conflict("petition.answer.notPublished");
        }
        if (answeredAt != null) {
            throw new Conflict("petition.answer.already");
        }
        this.answerText = required(answer, TEXT_MAX, "answer");
        this.answeredAt = now;
        this.answeredBy = officerAccountId;
        this.answeredDepartment = departmentId;
    }

    /** Accepted (reason optional) or declined (reasons required), after the answer, once. */
    public void decide(Outcome decision, String reason, Instant now) {
        if (answeredAt == null) {
            throw new Conflict("petition.outcome.answerFirst");
        }
        if (outcome != null) {
            throw new Conflict("petition.outcome.already");
        }
        if (decision != Outcome.ACCEPTED && decision != Outcome.DECLINED) {
            throw new InvalidInput("petition.outcome.choose").onField("outcome");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.length() > TEXT_MAX || decision == Outcome.DECLINED && r.isEmpty()) {
            throw new InvalidInput("petition.outcome.reasonRequired", TEXT_MAX).onField("reason");
        }
        this.outcome = decision;
        this.outcomeReason = r.isEmpty() ? null : r;
        this.decidedAt = now;
    }

    /** Milestones are recorded only for an accepted petition that is not done yet. */
    public void requireMilestonesAllowed() {
        if (outcome != Outcome.ACCEPTED) {
            throw new Conflict("petition.milestone.notAccepted");
        }
    }

    public void markDone(Instant now) {
        requireMilestonesAllowed();
        outcome = Outcome.DONE;
        doneAt = now;
    }

    /** Flags, review and hiding: changed by the moderators' service, with its log line. */
    public ContentModeration moderation() {
        return moderation;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public PetitionCategory getCategory() {
        return category;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    /** The author's account; null once it is erased (or for a demo petition by a resident outside the demo accounts). */
    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    public UUID getAuthorResidentKey() {
        return authorResidentKey;
    }

    public String getSponsorToken() {
        return sponsorToken;
    }

    public PetitionStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getSponsorCount() {
        return sponsorCount;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Integer getAnswerThreshold() {
        return answerThreshold;
    }

    public Integer getAnswerDays() {
        return answerDays;
    }

    public int getSupportCount() {
        return supportCount;
    }

    public Instant getThresholdReachedAt() {
        return thresholdReachedAt;
    }

    public Instant getAnswerDueAt() {
        return answerDueAt;
    }

    public String getAnswerText() {
        return answerText;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getAnsweredDepartment() {
        return answeredDepartment;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
