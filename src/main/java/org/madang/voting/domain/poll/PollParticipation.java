package org.madang.voting.domain.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * That one resident took part in one poll: nothing more. No choice, no receipt, no time — the
 * primary key (poll, resident key) is the "one participation per person" rule, held by the
 * database. It is keyed on the resident (identity's resident key), not the account, so a second
 * account of the same person cannot take part again. The account is kept for the person's own
 * "my polls" and "download my data".
 */
@Entity
@Table(name = "poll_participation")
@IdClass(PollParticipation.Key.class)
public class PollParticipation {
    @Id
    @Column(name = "poll_id")
    private long pollId;
    @Id
    @Column(name = "resident_key")
    private UUID residentKey;
    @Column(name = "account_id", nullable = false)
    private long accountId;

    protected PollParticipation() {
    }

    public PollParticipation(long pollId, UUID residentKey, long accountId) {
        this.pollId = pollId;
        this.residentKey = Objects.requireNonNull(residentKey, "a participation needs a resident key");
        this.accountId = accountId;
    }

    public long getPollId() {
        return pollId;
    }

    public UUID getResidentKey() {
        return residentKey;
    }

    public long getAccountId() {
        return accountId;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long pollId;
        UUID residentKey;

        public Key() {
        }

        public Key(long pollId, UUID residentKey) {
            this.pollId = pollId;
            this.residentKey = residentKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.pollId == pollId && Objects.equals(k.residentKey, residentKey);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(pollId) * 31 + Objects.hashCode(residentKey);
        }
    }
}
