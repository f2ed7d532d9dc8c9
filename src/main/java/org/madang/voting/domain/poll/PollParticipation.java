package org.madang.voting.domain.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * That one account took part in one poll: nothing more. No choice, no receipt, no time — the
 * primary key (poll, account) is the "one participation per person" rule, held by the database.
 */
@Entity
@Table(name = "poll_participation")
@IdClass(PollParticipation.Key.class)
public class PollParticipation {
    @Id
    @Column(name = "poll_id")
    private long pollId;
    @Id
    @Column(name = "account_id")
    private long accountId;

    protected PollParticipation() {
    }

    public PollParticipation(long pollId, long accountId) {
        this.pollId = pollId;
        this.accountId = accountId;
    }

    public long getPollId() {
        return pollId;
    }

    public long getAccountId() {
        return accountId;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long pollId;
        long accountId;

        public Key() {
        }

        public Key(long pollId, long accountId) {
            this.pollId = pollId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.pollId == pollId && k.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(pollId) * 31 + Long.hashCode(accountId);
        }
    }
}
