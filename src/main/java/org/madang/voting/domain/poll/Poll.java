package org.madang.voting.domain.poll;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;
import java.util.Map;

/** An opinion poll: one answer, or several up to {@code maxChoices}. Results are counts per answer. */
@Entity
@DiscriminatorValue("POLL")
public class Poll extends Consultation {
    @Column(name = "multiple")
    private Boolean multiple;
    @Column(name = "max_choices")
    private Integer maxChoices;

    protected Poll() {
    }

    /** {@code maxChoices} null or 1 means a single-choice poll. */
    public Poll(PollTexts texts, PollEligibility eligibility, Instant opensAt, Instant closesAt, Integer maxChoices,
                String createdBy, Instant now) {
        super(texts, eligibility, opensAt, closesAt, createdBy, now);
        if (maxChoices != null && maxChoices < 1) {
            throw new InvalidInput("poll.setup.maxChoicesInvalid").onField("maxChoices");
        }
        this.multiple = maxChoices != null && maxChoices > 1;
        this.maxChoices = multiple ? maxChoices : 1;
    }

    @Override
    protected void checkCost(Long costKrw) {
        if (costKrw != null) {
            throw new InvalidInput("poll.setup.costOnlyForProjects").onField("cost");
        }
    }

    @Override
    protected void checkReadyToOpen() {
        if (multiple && maxChoices > getOptions().size()) {
            throw new Conflict("poll.setup.maxChoicesTooMany", maxChoices, getOptions().size());
        }
    }

    @Override
    protected void checkSelection(Selection s) {
        if (!multiple && s.size() > 1) {
            throw new InvalidInput("poll.choice.single").onField("choices");
        }
        if (s.size() > maxChoices) {
            throw new InvalidInput("poll.choice.tooMany", maxChoices, s.size()).onField("choices");
        }
    }

    @Override
    protected void publish(Map<Integer, Integer> votesByPosition) {
        getOptions().forEach(o -> o.publish(votesByPosition.get(o.getPosition()), null));
    }

    @Override
    public String kind() {
        return "POLL";
    }

    public boolean isMultiple() {
        return Boolean.TRUE.equals(multiple);
    }

    public int getMaxChoices() {
        return maxChoices == null ? 1 : maxChoices;
    }
}
