package org.madang.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.madang.voting.domain.belenios.Ballot;

import java.time.Instant;

/**
 * An accepted ballot in the ballot box, in casting order ({@code seq}), kept exactly as the
 * voter's browser sent it: the archive holds these bytes, and the tracker is their hash. It names
 * no voter: the public credential is what the archive publishes anyway.
 */
@Entity
@Table(name = "voting_ballot")
public class CastBallot {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "election_id", nullable = false, updatable = false)
    private long electionId;
    @Column(nullable = false, updatable = false)
    private int seq;
    @Column(nullable = false, updatable = false, length = 60)
    private String tracker;
    @Column(nullable = false, updatable = false, length = 700)
    private String credential;
    @Column(name = "ballot_json", nullable = false, updatable = false)
    private String ballotJson;
    @Column(name = "cast_at", nullable = false, updatable = false)
    private Instant castAt;

    protected CastBallot() {
    }

    public CastBallot(long electionId, int seq, Ballot verified, Instant now) {
        this.electionId = electionId;
        this.seq = seq;
        this.tracker = verified.tracker();
        this.credential = verified.credential().toString();
        this.ballotJson = verified.json();
        this.castAt = now;
    }

    public Ballot ballot() {
        return Ballot.parse(ballotJson);
    }

    public long getElectionId() {
        return electionId;
    }

    public int getSeq() {
        return seq;
    }

    public String getTracker() {
        return tracker;
    }

    public String getCredential() {
        return credential;
    }

    public String getBallotJson() {
        return ballotJson;
    }

    public Instant getCastAt() {
        return castAt;
    }

    /**
     * What the public board shows of a ballot, read without the ballot itself (several KB each);
     * {@code replaced}: a later ballot with the same credential (a revote) counts instead.
     */
    public record OnBoard(int seq, String tracker, Instant castAt, boolean replaced) {
    }
}
