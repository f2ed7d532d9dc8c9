package org.madang.voting.domain;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.voting.domain.belenios.Credentials;
import org.madang.voting.domain.belenios.ElectionResult;
import org.madang.voting.domain.belenios.PublicCredentials;
import org.madang.voting.domain.belenios.TallyResult;
import org.madang.voting.domain.belenios.Trustees;
import org.madang.voting.domain.belenios.Uuids;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A binding election (the portal's aggregate around a Belenios election). It guards its life:
 * the set-up may change only before the roll is frozen; freezing fixes the Belenios parameters,
 * the public credentials and the archive's timestamp for good; ballots count only while open; the
 * tally is computed once after closing; the result only when every trustee has decrypted.
 */
@Entity
@Table(name = "voting_election")
public class Election {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, updatable = false, length = 40)
    private String uuid;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false, length = 2000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ElectionStatus status = ElectionStatus.SETUP;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Eligibility eligibility = Eligibility.RESIDENTS;
    @Column(length = 20)
    private String region;
    @Column(name = "min_age")
    private Integer minAge;
    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "election_json")
    private String electionJson;
    @Column(length = 60)
    private String fingerprint;
    @Column(name = "archive_timestamp")
    private Long archiveTimestamp;
    @Column(name = "frozen_at")
    private Instant frozenAt;
    /** Null while every column is empty (Hibernate's reading of an empty embeddable): see {@link #count()}. */
    @Embedded
    private ElectionCount count = new ElectionCount();
    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "voting_question", joinColumns = @JoinColumn(name = "election_id"))
    @OrderColumn(name = "position")
    private List<ElectionQuestion> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "voting_voter_list", joinColumns = @JoinColumn(name = "election_id"))
    @Column(name = "email", length = 254)
    private Set<String> voterList = new LinkedHashSet<>();

    @OneToMany(mappedBy = "election", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Trustee> trustees = new ArrayList<>();

    protected Election() {
    }

    public Election(String uuid, String name, String description, Instant opensAt, Instant closesAt, long createdBy,
                    Instant now) {
        if (!Uuids.isValid(uuid)) {
            throw new InvalidInput("voting.election.uuidInvalid");
        }
        this.uuid = uuid;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(name, description);
        schedule(opensAt, closesAt);
    }

    public void describe(String newName, String newDescription) {
        requireStatus(ElectionStatus.SETUP);
        if (newName == null || newName.isBlank() || newName.strip().length() > 200) {
            throw new InvalidInput("voting.election.nameRequired").onField("name");
        }
        this.name = newName.strip();
        this.description = newDescription == null ? "" : newDescription.strip();
    }

    public void schedule(Instant opens, Instant closes) {
        requireStatus(ElectionStatus.SETUP);
        if (opens == null || closes == null || !closes.isAfter(opens)) {
            throw new InvalidInput("voting.election.closesBeforeOpening").onField("closesAt");
        }
        this.opensAt = opens;
        this.closesAt = closes;
    }

    public void addQuestion(ElectionQuestion q) {
        requireStatus(ElectionStatus.SETUP);
        questions.add(q);
    }

    public void removeQuestion(int index) {
        requireStatus(ElectionStatus.SETUP);
        if (index < 0 || index >= questions.size()) {
            throw new InvalidInput("voting.question.notFound");
        }
        questions.remove(index);
    }

    /** Verified residents, of {@code region} if given, aged {@code minAge} or more on polling day if given. */
    public void restrictToResidents(String regionName, Integer age) {
        requireStatus(ElectionStatus.SETUP);
        if (age != null && (age < 0 || age > 150)) {
            throw new InvalidInput("voting.election.minAgeInvalid").onField("minAge");
        }
        this.eligibility = Eligibility.RESIDENTS;
        this.region = regionName == null || regionName.isBlank() ? null : regionName;
        this.minAge = age;
        this.voterList.clear();
    }

    /** An uploaded list of e-mail addresses of portal accounts, one per line. */
    public void useVoterList(List<String> emails) {
        requireStatus(ElectionStatus.SETUP);
        Set<String> clean = VoterList.normalise(emails);
        this.eligibility = Eligibility.VOTER_LIST;
        this.region = null;
        this.minAge = null;
        this.voterList.clear();
        this.voterList.addAll(clean);
    }

    public Trustee assignTrustee(long accountId, String displayName) {
        requireStatus(ElectionStatus.SETUP);
        if (trustees.stream().anyMatch(t -> Long.valueOf(accountId).equals(t.getAccountId()))) {
            throw new Conflict("voting.trustee.alreadyAssigned").onField("trusteeEmail");
        }
        Trustee t = Trustee.person(this, trustees.size() + 1, accountId, displayName);
        trustees.add(t);
        return t;
    }

    public Trustee addPortalTrustee(SecureRandom random) {
        requireStatus(ElectionStatus.SETUP);
        if (trustees.stream().anyMatch(Trustee::isPortal)) {
            throw new Conflict("voting.trustee.portalAlready");
        }
        Trustee t = Trustee.portal(this, trustees.size() + 1, random);
        trustees.add(t);
        return t;
    }

    public void removeTrustee(long trusteeId) {
        requireStatus(ElectionStatus.SETUP);
        if (!trustees.removeIf(t -> t.getId() != null && t.getId() == trusteeId)) {
            throw new InvalidInput("voting.trustee.notFound");
        }
        for (int i = 0; i < trustees.size(); i++) {
            trustees.get(i).renumber(i + 1);
        }
    }

    /**
     * Freezes the set-up: one fresh credential per voter of {@code roll}, the Belenios parameters
     * with the trustees' combined key, and the public credentials. Returns the printed credentials,
     * which the caller must hand to their voters and then forget, and the public ones, which the
     * caller stores ({@link ElectionCredentials}).
     */
    public Freezing freeze(List<Long> roll, boolean portalMayBeSoleTrustee, Instant now,
                                         SecureRandom random) {
        requireStatus(ElectionStatus.SETUP);
        if (questions.isEmpty()) {
            throw new Conflict("voting.freeze.noQuestion");
        }
        if (trustees.isEmpty()) {
            throw new Conflict("voting.freeze.noTrustee");
        }
        if (trustees.stream().anyMatch(t -> !t.hasKey())) {
            throw new Conflict("voting.freeze.keyMissing");
        }
        if (!portalMayBeSoleTrustee && trustees.stream().allMatch(Trustee::isPortal)) {
            throw new Conflict("voting.freeze.portalSoleTrustee");
        }
        if (roll.isEmpty()) {
            throw new Conflict("voting.freeze.emptyRoll");
        }
        if (!closesAt.isAfter(now)) {
            throw new Conflict("voting.freeze.alreadyClosed");
        }
        List<IssuedCredential> issued = new ArrayList<>();
        List<BigInteger> pub = new ArrayList<>();
        for (Long account : new LinkedHashSet<>(roll)) {
            String printed = Credentials.generate(random);
            issued.add(new IssuedCredential(account, printed));
            pub.add(Credentials.publicCredential(printed, uuid));
        }
        // the archive lists credentials in no particular order: sorted, they say nothing of the roll's order
        Collections.sort(pub);
        org.madang.voting.domain.belenios.Election e = org.madang.voting.domain.belenios.Election.create(uuid, name,
                description, questions.stream().map(ElectionQuestion::toBelenios).toList(), beleniosTrustees(),
                null, null);
        this.electionJson = e.json();
        this.fingerprint = e.fingerprint();
        this.archiveTimestamp = now.getEpochSecond();
        this.frozenAt = now;
        this.status = ElectionStatus.FROZEN;
        return new Freezing(issued, PublicCredentials.of(pub));
    }

    /** Refuses a ballot unless the ballot box is open now. */
    public void requireOpen(Instant now) {
        if (phaseAt(now) != ElectionPhase.OPEN) {
            throw new Conflict("voting.ballot.notOpen");
        }
    }

    /** Closes the ballot box with its encrypted tally (computed by the caller from the ballots). */
    public void close(TallyResult tally, Instant now) {
        requireStatus(ElectionStatus.FROZEN);
        if (now.isBefore(closesAt)) {
            throw new Conflict("voting.tally.notClosedYet");
        }
        count().tallied(tally, now);
        this.status = ElectionStatus.TALLYING;
    }

    /** Records a trustee's partial decryption (already checked against the tally by the caller). */
    public void recordDecryption(Trustee t, String canonicalJson, Instant now) {
        requireStatus(ElectionStatus.TALLYING);
        int seq = (int) trustees.stream().filter(Trustee::hasDecrypted).count() + 1;
        t.recordDecryption(canonicalJson, seq, now);
    }

    public boolean allTrusteesDecrypted() {
        return trustees.stream().allMatch(Trustee::hasDecrypted);
    }

    public void publishResult(ElectionResult result, Instant now) {
        requireStatus(ElectionStatus.TALLYING);
        if (!allTrusteesDecrypted()) {
            throw new Conflict("voting.tally.decryptionsMissing");
        }
        count().published(result, now);
        this.status = ElectionStatus.FINISHED;
    }

    public ElectionPhase phaseAt(Instant now) {
        return switch (status) {
            case SETUP -> ElectionPhase.SETUP;
            case TALLYING -> ElectionPhase.TALLYING;
            case FINISHED -> ElectionPhase.FINISHED;
            case FROZEN -> now.isBefore(opensAt) ? ElectionPhase.UPCOMING
                    : now.isBefore(closesAt) ? ElectionPhase.OPEN : ElectionPhase.CLOSED;
        };
    }

    void requireStatus(ElectionStatus expected) {
        if (status != expected) {
            throw new Conflict("voting.election.wrongStatus", status.name());
        }
    }

    public Trustees beleniosTrustees() {
        return new Trustees(trustees.stream().map(Trustee::key).toList());
    }

    public org.madang.voting.domain.belenios.Election belenios() {
        if (electionJson == null) {
            throw new Conflict("voting.election.notFrozen");
        }
        return org.madang.voting.domain.belenios.Election.parse(electionJson);
    }

    public TallyResult tally() {
        return count().tally();
    }

    public ElectionResult result() {
        return count().result();
    }

    private ElectionCount count() {
        if (count == null) {
            count = new ElectionCount();
        }
        return count;
    }

    /** What freezing makes: the printed credentials to deliver, the public ones to store. */
    public record Freezing(List<IssuedCredential> issued, PublicCredentials publicCredentials) {
    }

    /** A printed credential for one voter, to deliver and forget. */
    public record IssuedCredential(long accountId, String printed) {
        @Override
        public String toString() {
            return "IssuedCredential[" + accountId + "]";
        }
    }

    public Long getId() {
        return id;
    }

    public String getUuid() {
        return uuid;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public ElectionStatus getStatus() {
        return status;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public String getRegion() {
        return region;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public String getElectionJson() {
        return electionJson;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Long getArchiveTimestamp() {
        return archiveTimestamp;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public Instant getTalliedAt() {
        return count().talliedAt();
    }

    public Instant getFinishedAt() {
        return count().finishedAt();
    }

    public List<ElectionQuestion> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    public List<String> getVoterList() {
        return List.copyOf(voterList);
    }

    public List<Trustee> getTrustees() {
        return Collections.unmodifiableList(trustees);
    }
}
