package org.madang.voting.application.poll;

import org.madang.voting.domain.poll.BudgetMode;
import org.madang.voting.domain.poll.Consultation;
import org.madang.voting.domain.poll.ParticipatoryBudget;
import org.madang.voting.domain.poll.Poll;
import org.madang.voting.domain.poll.PollOption;
import org.madang.voting.domain.poll.PollPhase;
import org.madang.voting.domain.poll.PollReceipt;
import org.madang.voting.domain.poll.PollStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Read models of polls and budgets for pages and the API (never entities). */
public final class PollViews {
    private PollViews() {
    }

    /** An answer or project; {@code votes} and {@code funded} are null until the results are published. */
    public record OptionView(int position, String labelKo, String labelEn, String descriptionKo,
                             String descriptionEn, Long costKrw, Integer votes, Boolean funded) implements Serializable {
        static OptionView of(PollOption o) {
            return new OptionView(o.getPosition(), o.getLabelKo(), o.getLabelEn(), o.getDescriptionKo(),
                    o.getDescriptionEn(), o.getCostKrw(), o.getVotes(), o.getFunded());
        }

        public String label(String lang) {
            return "en".equals(lang) ? labelEn : labelKo;
        }

        public String description(String lang) {
            return "en".equals(lang) ? descriptionEn : descriptionKo;
        }
    }

    /** A poll or budget as the public sees it (drafts only reach the administrator). */
    public record PollView(long id, String kind, String titleKo, String titleEn, String descriptionKo,
                           String descriptionEn, String region, Integer minAge, Instant opensAt, Instant closesAt,
                           PollStatus status, PollPhase phase, boolean multiple, int maxChoices, BudgetMode mode,
                           Long budgetKrw, int receiptCount, String chainHead, Instant closedAt,
                           List<OptionView> options) implements Serializable {
        static PollView of(Consultation c, Instant now) {
            boolean multiple = false;
            int max = c.getOptions().size();
            BudgetMode mode = null;
            Long budget = null;
            if (c instanceof Poll p) {
                multiple = p.isMultiple();
                max = p.getMaxChoices();
            } else if (c instanceof ParticipatoryBudget b) {
                multiple = true;
                mode = b.getMode();
                budget = b.getBudgetKrw();
                max = b.getMode() == BudgetMode.APPROVAL ? b.getMaxProjects() : c.getOptions().size();
            }
            return new PollView(c.getId(), c.kind(), c.getTitleKo(), c.getTitleEn(), c.getDescriptionKo(),
                    c.getDescriptionEn(), c.getEligibility().getRegion(), c.getEligibility().getMinAge(),
                    c.getOpensAt(), c.getClosesAt(), c.getStatus(), c.phase(now), multiple, max, mode, budget,
                    c.getReceiptCount(), c.getChainHead(), c.getClosedAt(),
                    c.getOptions().stream().map(OptionView::of).toList());
        }

        public String title(String lang) {
            return "en".equals(lang) ? titleEn : titleKo;
        }

        public String description(String lang) {
            return "en".equals(lang) ? descriptionEn : descriptionKo;
        }

        public boolean budget() {
            return "BUDGET".equals(kind);
        }

        public boolean knapsack() {
            return mode == BudgetMode.KNAPSACK;
        }

        public boolean open() {
            return phase == PollPhase.OPEN;
        }

        /** True once the results are counted and published: before that no count is shown anywhere. */
        public boolean resultsPublished() {
            return status == PollStatus.CLOSED;
        }

        /** Total cost of the funded projects (budgets, after closing). */
        public long fundedTotal() {
            return options.stream().filter(o -> Boolean.TRUE.equals(o.funded())).mapToLong(OptionView::costKrw).sum();
        }

        /** Options by votes, most first (after closing). */
        public List<OptionView> ranked() {
            return options.stream().sorted((a, b) -> Integer.compare(nz(b.votes()), nz(a.votes()))).toList();
        }

        /** Share of the participants who chose an option, in percent, for the result bars. */
        public int percent(OptionView o) {
            return receiptCount == 0 ? 0 : (int) Math.round(100.0 * nz(o.votes()) / receiptCount);
        }

        private static int nz(Integer i) {
            return i == null ? 0 : i;
        }
    }

    /** One entry of the public receipt list. */
    public record ReceiptLine(int sequence, String code, String choiceDigest, String previousHash, String hash)
            implements Serializable {
        static ReceiptLine of(PollReceipt r) {
            return new ReceiptLine(r.getSequence(), r.getCode(), r.getChoiceDigest(), r.getPreviousHash(), r.getHash());
        }
    }

    /**
     * The outcome of checking a poll's receipt chain: every link, and that the last one is the
     * head the poll recorded (so removing entries from the end is caught too).
     */
    public record ChainCheck(boolean intact, long checked, Long firstBrokenSequence, String reason, int expected,
                             String head) implements Serializable {
    }

    /**
     * What a participant is given once, straight after taking part. The portal keeps the code and
     * digest in the public list but not the key, nor which receipt is whose.
     */
    public record ReceiptGiven(long pollId, String code, int sequence, String choiceDigest, String digestKey,
                               String entryHash, List<Integer> positions) implements Serializable {
    }

    /** Whether the caller may take part now, and if not why (a message key). */
    public record Standing(boolean tookPart, String refusalKey) implements Serializable {
        public boolean mayTakePart() {
            return !tookPart && refusalKey == null;
        }
    }
}
