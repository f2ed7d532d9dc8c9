package org.madang.voting.domain.poll;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A participatory budget (주민참여예산): projects with costs and a total budget. A participant
 * selects projects whose costs together fit in the budget (KNAPSACK), or at most N projects
 * (APPROVAL).
 *
 * <p>Funding rule at closing ("greedy by votes"): projects are taken in order of votes, most
 * first (a tie goes to the cheaper project, then to the one listed first); each is funded if its
 * cost fits in what is left of the budget, otherwise it is skipped and the next one is tried. A
 * project nobody selected is never funded.
 */
@Entity
@DiscriminatorValue("BUDGET")
public class ParticipatoryBudget extends Consultation {
    @Enumerated(EnumType.STRING)
    @Column(name = "budget_mode", length = 10)
    private BudgetMode mode;
    @Column(name = "budget_krw")
    private Long budgetKrw;
    @Column(name = "max_choices")
    private Integer maxProjects;

    protected ParticipatoryBudget() {
    }

    public ParticipatoryBudget(PollTexts texts, PollEligibility eligibility, Instant opensAt, Instant closesAt,
                               BudgetMode mode, long budgetKrw, Integer maxProjects, String createdBy, Instant now) {
        super(texts, eligibility, opensAt, closesAt, createdBy, now);
        if (mode == null) {
            throw new InvalidInput("poll.setup.modeRequired").onField("mode");
        }
        if (budgetKrw <= 0) {
            throw new InvalidInput("poll.setup.budgetInvalid").onField("budget");
        }
        if (mode == BudgetMode.APPROVAL && (maxProjects == null || maxProjects < 1)) {
            throw new InvalidInput("poll.setup.maxProjectsRequired").onField("maxChoices");
        }
        this.mode = mode;
        this.budgetKrw = budgetKrw;
        this.maxProjects = mode == BudgetMode.APPROVAL ? maxProjects : null;
    }

    @Override
    protected void checkCost(Long costKrw) {
        if (costKrw == null) {
            throw new InvalidInput("poll.setup.costRequired").onField("cost");
        }
        if (costKrw > budgetKrw) {
            throw new InvalidInput("poll.setup.costOverBudget", costKrw, budgetKrw).onField("cost");
        }
    }

    @Override
    protected void checkReadyToOpen() {
        if (mode == BudgetMode.APPROVAL && maxProjects > getOptions().size()) {
            throw new Conflict("poll.setup.maxChoicesTooMany", maxProjects, getOptions().size());
        }
    }

    @Override
    protected void checkSelection(Selection s) {
        if (mode == BudgetMode.APPROVAL) {
            if (s.size() > maxProjects) {
                throw new InvalidInput("poll.choice.tooMany", maxProjects, s.size()).onField("choices");
            }
            return;
        }
        long total = totalCost(s);
        if (total > budgetKrw) {
            throw new InvalidInput("poll.choice.overBudget", total, budgetKrw).onField("choices");
        }
    }

    /** The selected projects' costs together, in won. */
    public long totalCost(Selection s) {
        return s.positions().stream().mapToLong(p -> getOptions().get(p - 1).getCostKrw()).sum();
    }

    @Override
    protected void publish(Map<Integer, Integer> votesByPosition) {
        List<PollOption> ranked = getOptions().stream()
                .sorted(Comparator.<PollOption>comparingInt(o -> -votesByPosition.get(o.getPosition()))
                        .thenComparingLong(PollOption::getCostKrw)
                        .thenComparingInt(PollOption::getPosition))
                .toList();
        long left = budgetKrw;
        for (PollOption o : ranked) {
            int votes = votesByPosition.get(o.getPosition());
            boolean funded = votes > 0 && o.getCostKrw() <= left;
            if (funded) {
                left -= o.getCostKrw();
            }
            o.publish(votes, funded);
        }
    }

    @Override
    public String kind() {
        return "BUDGET";
    }

    public BudgetMode getMode() {
        return mode;
    }

    public long getBudgetKrw() {
        return budgetKrw;
    }

    public Integer getMaxProjects() {
        return maxProjects;
    }
}
