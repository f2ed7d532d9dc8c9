package org.madang.voting.domain.poll;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.integrity.HashChain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What polls and participatory budgets share: texts, eligibility, the opening and closing times,
 * the DRAFT → OPEN → CLOSED life, the options, the head of the public receipt chain, and the
 * act of taking part. The two kinds differ only in which selections they accept and in how they
 * turn counts into results.
 */
@Entity
@Table(name = "poll")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 10)
public abstract class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "title_ko", nullable = false, length = 200)
    private String titleKo;
    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;
    @Column(name = "description_ko", nullable = false, length = 4000)
    private String descriptionKo;
    @Column(name = "description_en", nullable = false, length = 4000)
    private String descriptionEn;
    @Embedded
    private PollEligibility eligibility;
    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PollStatus status = PollStatus.DRAFT;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "receipt_count", nullable = false)
    private int receiptCount;
    @Column(name = "chain_head", nullable = false, length = 64)
    private String chainHead = HashChain.GENESIS;
    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @OneToMany(mappedBy = "poll", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PollOption> options = new ArrayList<>();
    @Version
    private int version;

    protected Consultation() {
    }

    protected Consultation(PollTexts texts, PollEligibility eligibility, Instant opensAt, Instant closesAt,
                           String createdBy, Instant now) {
        this.titleKo = PollOption.required(texts.titleKo(), "titleKo", 200);
        this.titleEn = PollOption.required(texts.titleEn(), "titleEn", 200);
        this.descriptionKo = PollOption.required(texts.descriptionKo(), "descriptionKo", 4000);
        this.descriptionEn = PollOption.required(texts.descriptionEn(), "descriptionEn", 4000);
        this.eligibility = eligibility == null ? PollEligibility.anyVerifiedResident() : eligibility;
        reschedule(opensAt, closesAt);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    private void reschedule(Instant opens, Instant closes) {
        if (opens == null) {
            throw new InvalidInput("poll.setup.opensRequired").onField("opensAt");
        }
        if (closes == null || !closes.isAfter(opens)) {
            throw new InvalidInput("poll.setup.closesAfterOpens").onField("closesAt");
        }
        this.opensAt = opens;
        this.closesAt = closes;
    }

    // --- set-up (DRAFT only) ---------------------------------------------------------------

    /** Adds an answer (poll) or a project with its cost (budget) at the end. */
    public PollOption addOption(String labelKo, String labelEn, String descriptionKo, String descriptionEn,
                                Long costKrw) {
        requireStatus(PollStatus.DRAFT);
        checkCost(costKrw);
        PollOption o = new PollOption(this, options.size() + 1, labelKo, labelEn, descriptionKo, descriptionEn,
                costKrw);
        options.add(o);
        return o;
    }

    public void removeOption(int position) {
        requireStatus(PollStatus.DRAFT);
        if (!options.removeIf(o -> o.getPosition() == position)) {
            throw new InvalidInput("poll.setup.noSuchOption");
        }
        for (int i = 0; i < options.size(); i++) {
            options.get(i).moveTo(i + 1);
        }
    }

    /** Publishes the poll: it takes part from its opening time. Needs two options and a future closing. */
    public void open(Instant now) {
        requireStatus(PollStatus.DRAFT);
        if (options.size() < 2) {
            throw new Conflict("poll.setup.twoOptions");
        }
        if (!closesAt.isAfter(now)) {
            throw new Conflict("poll.setup.closesInPast").onField("closesAt");
        }
        checkReadyToOpen();
        status = PollStatus.OPEN;
    }

    /** Subclasses refuse a cost where none belongs, or a project without one. */
    protected abstract void checkCost(Long costKrw);

    /** Subclasses check their own limits against the options before opening. */
    protected abstract void checkReadyToOpen();

    // --- taking part ---------------------------------------------------------------------

    public PollPhase phase(Instant now) {
        if (status == PollStatus.DRAFT) {
            return PollPhase.DRAFT;
        }
        if (status == PollStatus.CLOSED) {
            return PollPhase.CLOSED;
        }
        if (now.isBefore(opensAt)) {
            return PollPhase.UPCOMING;
        }
        return now.isBefore(closesAt) ? PollPhase.OPEN : PollPhase.COUNTING;
    }

    /** The calendar day the poll closes on in the portal's time zone (age limits are reached by then). */
    public LocalDate closingDay(ZoneId zone) {
        return LocalDate.ofInstant(closesAt, zone);
    }

    /**
     * Checks positions against the options and this kind's rules, and returns the selection.
     * Throws InvalidInput with a message that says what is wrong (and, for a budget, by how much).
     */
    public Selection select(List<Integer> positions) {
        Selection s = new Selection(positions == null ? List.of() : positions);
        if (s.isEmpty()) {
            throw new InvalidInput("poll.choice.none").onField("choices");
        }
        if (s.size() != positions.size()) {
            throw new InvalidInput("poll.choice.duplicate").onField("choices");
        }
        for (int p : s.positions()) {
            if (p < 1 || p > options.size()) {
                throw new InvalidInput("poll.choice.unknown").onField("choices");
            }
        }
        checkSelection(s);
        return s;
    }

    protected abstract void checkSelection(Selection s);

    /**
     * One eligible person takes part: the participation row (who), the ballot (what) and the next
     * receipt-chain entry (proof it was counted). The caller has checked eligibility and holds the
     * poll's row lock, so the chain grows one entry at a time.
     */
    public Participated participate(java.util.UUID residentKey, long accountId, Selection selection, Instant now) {
        if (phase(now) != PollPhase.OPEN) {
            throw new Conflict("poll.participate.notOpen");
        }
        long pollId = id == null ? 0 : id;
        ReceiptCode code = ReceiptCode.random();
        String key = ReceiptChain.newKey();
        String digest = ReceiptChain.choiceDigest(pollId, selection, key);
        PollReceipt receipt = new PollReceipt(pollId, receiptCount + 1, code.toString(), digest, chainHead);
        receiptCount = receipt.getSequence();
        chainHead = receipt.getHash();
        return new Participated(new PollParticipation(pollId, residentKey, accountId), new PollBallot(pollId, selection), receipt,
                key);
    }

    /** The three records of one participation, and the digest key only the participant is given. */
    public record Participated(PollParticipation participation, PollBallot ballot, PollReceipt receipt,
                               String digestKey) {
    }

    // --- closing -------------------------------------------------------------------------

    /**
     * Counts the ballots and publishes the results. Closing before the closing time (by the
     * administrator) moves the closing time to now, so the page says when it really closed.
     */
    public void close(List<Selection> ballots, Instant now) {
        requireStatus(PollStatus.OPEN);
        if (ballots.size() != receiptCount) {
            throw new IllegalStateException("poll " + id + ": " + ballots.size() + " ballots but " + receiptCount
                    + " receipts");
        }
        if (now.isBefore(closesAt)) {
            closesAt = now.isBefore(opensAt) ? opensAt.plusNanos(1) : now;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        options.forEach(o -> counts.put(o.getPosition(), 0));
        for (Selection s : ballots) {
            s.positions().forEach(p -> counts.merge(p, 1, Integer::sum));
        }
        publish(counts);
        status = PollStatus.CLOSED;
        closedAt = now;
    }

    /** Writes each option's count (and, for a budget, which projects are funded). */
    protected abstract void publish(Map<Integer, Integer> votesByPosition);

    protected void requireStatus(PollStatus expected) {
        if (status != expected) {
            throw new Conflict("poll.status." + expected.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public abstract String kind();

    public Long getId() {
        return id;
    }

    public String getTitleKo() {
        return titleKo;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescriptionKo() {
        return descriptionKo;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    /** JPA loads an embeddable whose columns are all null as null: that means any verified resident. */
    public PollEligibility getEligibility() {
        return eligibility == null ? PollEligibility.anyVerifiedResident() : eligibility;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public PollStatus getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getReceiptCount() {
        return receiptCount;
    }

    public String getChainHead() {
        return chainHead;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<PollOption> getOptions() {
        return Collections.unmodifiableList(options);
    }
}
