package org.madang.voting.domain.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * One participation's choices: a random id (row ids then carry no order), the poll, the chosen
 * positions. No account, no receipt, no time, so it cannot be matched to its participation row.
 */
@Entity
@Table(name = "poll_ballot")
public class PollBallot {
    @Id
    private UUID id;
    @Column(name = "poll_id", nullable = false)
    private long pollId;
    @Column(nullable = false, length = 1000)
    private String choices;

    protected PollBallot() {
    }

    PollBallot(long pollId, Selection selection) {
        this.id = UUID.randomUUID();
        this.pollId = pollId;
        this.choices = selection.canonical();
    }

    public UUID getId() {
        return id;
    }

    public long getPollId() {
        return pollId;
    }

    public Selection selection() {
        return Selection.parse(choices);
    }
}
