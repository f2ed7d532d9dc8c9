package org.madang.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.madang.platform.error.Forbidden;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a frozen voter roll: this account was sent a credential. The portal does not know
 * which credential; the first ballot the voter casts binds its (public) credential to the voter,
 * so that nobody else can cast with it and the voter cannot switch to another one — the check
 * Belenios' own server makes.
 */
@Entity
@Table(name = "voting_voter")
@IdClass(Voter.Key.class)
public class Voter {
    @Id
    @Column(name = "election_id")
    private long electionId;
    @Id
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "credential_sent_at", nullable = false)
    private Instant credentialSentAt;
    @Column(name = "credential", length = 700)
    private String credential;
    @Column(name = "last_cast_at")
    private Instant lastCastAt;

    protected Voter() {
    }

    public Voter(long electionId, long accountId, Instant sentAt) {
        this.electionId = electionId;
        this.accountId = accountId;
        this.credentialSentAt = sentAt;
    }

    /**
     * Records a ballot cast with {@code publicCredential}. {@code usedByAnother} tells whether another
     * voter of the roll has already bound it.
     */
    public void castWith(String publicCredential, boolean usedByAnother, Instant now) {
        if (usedByAnother) {
            throw new Forbidden("voting.ballot.credentialOfAnother");
        }
        if (credential != null && !credential.equals(publicCredential)) {
            throw new Forbidden("voting.ballot.otherCredential");
        }
        credential = publicCredential;
        lastCastAt = now;
    }

    public long getElectionId() {
        return electionId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getCredentialSentAt() {
        return credentialSentAt;
    }

    public String getCredential() {
        return credential;
    }

    public Instant getLastCastAt() {
        return lastCastAt;
    }

    /** Composite key (election, account). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long electionId;
        private long accountId;

        public Key() {
        }

        public Key(long electionId, long accountId) {
            this.electionId = electionId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.electionId == electionId && k.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(electionId, accountId);
        }
    }
}
