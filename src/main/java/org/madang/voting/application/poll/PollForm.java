package org.madang.voting.application.poll;

import org.madang.voting.domain.poll.BudgetMode;

import java.io.Serializable;
import java.time.Instant;

/**
 * A new poll ({@code kind} POLL) or participatory budget ({@code kind} BUDGET) as the set-up form
 * sends it. {@code maxChoices}: for a poll, 1 (or empty) for a single answer, more for several;
 * for an APPROVAL budget, how many projects one may select.
 */
public record PollForm(String kind, String titleKo, String titleEn, String descriptionKo, String descriptionEn,
                       String region, Integer minAge, Instant opensAt, Instant closesAt, Integer maxChoices,
                       BudgetMode mode, Long budgetKrw) implements Serializable {
}
