package org.madang.forum.petition.application;

import org.madang.forum.debate.domain.ContentModeration;
import org.madang.forum.debate.domain.Moderation;
import org.madang.forum.debate.domain.ModerationRule;
import org.madang.forum.petition.application.ForumAgencies.AgencyName;
import org.madang.forum.petition.domain.AnswerState;
import org.madang.forum.petition.domain.Milestone;
import org.madang.forum.petition.domain.Outcome;
import org.madang.forum.petition.domain.Petition;
import org.madang.forum.petition.domain.PetitionCategory;
import org.madang.forum.petition.domain.PetitionPhase;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Read models of petitions for pages and the API (never entities). No supporter is ever named. */
public final class PetitionViews {
    private PetitionViews() {
    }

    /**
     * A published petition as the public sees it; {@code regions} and {@code milestones} only on its
     * own page. Under review or hidden, its title and text are withheld (null), and a hidden one
     * shows the rule and the moderator's reason instead.
     */
    public record PetitionView(long id, String title, String text, PetitionCategory category, AgencyName agency,
                               PetitionPhase phase, Instant publishedAt, Instant closesAt, int supportCount,
                               Integer answerThreshold, Integer answerDays, Instant thresholdReachedAt,
                               AnswerState answerState, Instant answerDueAt, String answer, Instant answeredAt,
                               Outcome outcome, String outcomeReason, Instant decidedAt, Instant doneAt,
                               List<RegionCount> regions, List<MilestoneView> milestones, Moderation moderation,
                               ModerationRule hiddenRule, String hiddenReason) implements Serializable {
        static PetitionView of(Petition p, AgencyName agency, Instant now, List<RegionCount> regions,
                               List<MilestoneView> milestones) {
            ContentModeration m = p.moderation();
            boolean shown = m.isVisible();
            return new PetitionView(p.getId(), shown ? p.getTitle() : null, shown ? p.getText() : null, p.getCategory(),
                    agency, p.phase(now), p.getPublishedAt(), p.getClosesAt(), p.getSupportCount(),
                    p.getAnswerThreshold(), p.getAnswerDays(), p.getThresholdReachedAt(), p.answerState(now),
                    p.getAnswerDueAt(), p.getAnswerText(), p.getAnsweredAt(), p.getOutcome(), p.getOutcomeReason(),
                    p.getDecidedAt(), p.getDoneAt(), List.copyOf(regions), List.copyOf(milestones), m.getState(),
                    m.getState() == Moderation.HIDDEN ? m.getHiddenRule() : null,
                    m.getState() == Moderation.HIDDEN ? m.getHiddenReason() : null);
        }

        public boolean open() {
            return phase == PetitionPhase.OPEN;
        }

        /** Whether its title and text may be shown (not under review, not hidden). */
        public boolean shown() {
            return moderation == Moderation.VISIBLE;
        }

        public boolean thresholdReached() {
            return thresholdReachedAt != null;
        }

        /** Percentage of the threshold reached, 0 to 100, for the progress bar. */
        public int percentOfThreshold() {
            if (answerThreshold == null || answerThreshold == 0) {
                return 0;
            }
            return (int) Math.min(100, (long) supportCount * 100 / answerThreshold);
        }
    }

    /** Supports from one region (identity's region name). */
    public record RegionCount(String region, long supports) implements Serializable {
        public String labelKey() {
            return "region." + region;
        }
    }

    public record MilestoneView(String text, Instant recordedAt) implements Serializable {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.getText(), m.getRecordedAt());
        }
    }

    /**
     * A draft or a petition as its author sees it in "my petitions", or a sponsor on the private
     * link: the sponsor link's token only for the author.
     */
    public record DraftView(long id, String title, String text, PetitionCategory category, AgencyName agency,
                            PetitionPhase phase, int sponsorCount, int sponsorsNeeded, String sponsorToken,
                            int supportCount, Instant createdAt, Instant closesAt) implements Serializable {
        static DraftView of(Petition p, AgencyName agency, Instant now, boolean forAuthor) {
            return new DraftView(p.getId(), p.getTitle(), p.getText(), p.getCategory(), agency, p.phase(now),
                    p.getSponsorCount(), Petition.SPONSORS_NEEDED, forAuthor ? p.getSponsorToken() : null,
                    p.getSupportCount(), p.getCreatedAt(), p.getClosesAt());
        }

        public boolean readyToPublish() {
            return phase == PetitionPhase.DRAFT && sponsorCount >= sponsorsNeeded;
        }
    }

    /**
     * Whether the caller supports the petition, and whether they may support (or withdraw) now;
     * {@code refusalKey} says why not.
     */
    public record Standing(boolean supports, boolean mayAct, String refusalKey) implements Serializable {
    }

    /** What a sponsor sees on the private link: the draft and whether they may still sponsor it. */
    public record SponsorStanding(DraftView draft, boolean sponsored, String refusalKey) implements Serializable {
        public boolean maySponsor() {
            return !sponsored && refusalKey == null;
        }
    }

    /**
     * A petition waiting for a moderator: its title and text (for deciding, never public while under
     * review), its open flags and since when, and the author's appeal if one is pending.
     */
    public record FlaggedPetition(long id, String title, String text, Moderation moderation, long flags, Instant since,
                                  String appeal) implements Serializable {
        static FlaggedPetition of(Petition p, long flags, Instant since) {
            ContentModeration m = p.moderation();
            return new FlaggedPetition(p.getId(), p.getTitle(), p.getText(), m.getState(), flags, since,
                    m.isAppealPending() ? m.getAppealText() : null);
        }
    }

    /** One line of an agency's queue of answers owed, with its clock. */
    public record Obligation(long id, String title, int supportCount, Integer answerThreshold, Instant thresholdReachedAt,
                             Instant answerDueAt, AnswerState answerState, Outcome outcome, Instant answeredAt)
            implements Serializable {
        static Obligation of(Petition p, Instant now) {
            return new Obligation(p.getId(), p.getTitle(), p.getSupportCount(), p.getAnswerThreshold(),
                    p.getThresholdReachedAt(), p.getAnswerDueAt(), p.answerState(now), p.getOutcome(),
                    p.getAnsweredAt());
        }
    }
}
