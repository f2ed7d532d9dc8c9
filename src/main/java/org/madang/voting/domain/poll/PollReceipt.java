package org.madang.voting.domain.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One entry of a poll's public receipt list. It names no one and carries no time. */
@Entity
@Table(name = "poll_receipt")
@IdClass(PollReceipt.Key.class)
public class PollReceipt {
    @Id
    @Column(name = "poll_id")
    private long pollId;
    @Id
    private int sequence;
    @Column(nullable = false, length = 20, unique = true)
    private String code;
    @Column(name = "choice_digest", nullable = false, length = 64)
    private String choiceDigest;
    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;
    @Column(nullable = false, length = 64)
    private String hash;

    protected PollReceipt() {
    }

    PollReceipt(long pollId, int sequence, String code, String choiceDigest, String previousHash) {
        this.pollId = pollId;
        this.sequence = sequence;
        this.code = code;
        this.choiceDigest = choiceDigest;
        this.previousHash = previousHash;
        this.hash = ReceiptChain.entryHash(previousHash, code, choiceDigest);
    }

    public long getPollId() {
        return pollId;
    }

    public int getSequence() {
        return sequence;
    }

    public String getCode() {
        return code;
    }

    public String getChoiceDigest() {
        return choiceDigest;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long pollId;
        int sequence;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.pollId == pollId && k.sequence == sequence;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(pollId) * 31 + sequence;
        }
    }
}
