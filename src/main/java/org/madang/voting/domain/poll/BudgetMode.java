package org.madang.voting.domain.poll;

/** How a participatory budget limits one participant's selection. */
public enum BudgetMode {
    /** The selected projects' costs together must not exceed the budget (a knapsack). */
    KNAPSACK,
    /** At most N projects, whatever they cost (approval voting). */
    APPROVAL;

    public String labelKey() {
        return "poll.budgetMode." + name();
    }
}
