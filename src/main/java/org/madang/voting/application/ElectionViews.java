package org.madang.voting.application;

import org.madang.voting.domain.CastBallot;
import org.madang.voting.domain.Election;
import org.madang.voting.domain.ElectionPhase;
import org.madang.voting.domain.ElectionQuestion;
import org.madang.voting.domain.ElectionStatus;
import org.madang.voting.domain.Eligibility;
import org.madang.voting.domain.Trustee;
import org.madang.voting.domain.belenios.ElectionResult;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the voting pages and API show: plain records, no entities, nothing about any voter. */
public final class ElectionViews {
    private ElectionViews() {
    }

    public record Summary(String uuid, String name, ElectionPhase phase, Instant opensAt, Instant closesAt)
            implements Serializable {
        static Summary of(Election e, Instant now) {
            return new Summary(e.getUuid(), e.getName(), e.phaseAt(now), e.getOpensAt(), e.getClosesAt());
        }
    }

    public record QuestionView(int index, String question, List<String> answers, int min, int max,
                               List<Long> counts) implements Serializable {
        public boolean isCounted() {
            return counts != null;
        }

        public long count(int answer) {
            return counts.get(answer);
        }

        /**
         * An answer's share of the ballots counted, in whole percent: of the ballots, not of the
         * answers chosen, since a ballot may choose several answers.
         */
        public long share(int answer, Integer tallied) {
            return tallied == null || tallied == 0 ? 0 : Math.round(100.0 * counts.get(answer) / tallied);
        }

        /** Whether this answer has the most votes of its question (several when tied; none without votes). */
        public boolean leads(int answer) {
            long most = counts.stream().mapToLong(Long::longValue).max().orElse(0);
            return most > 0 && counts.get(answer) == most;
        }
    }

    public record TrusteeView(long id, int position, String name, boolean portal, boolean hasKey, boolean decrypted)
            implements Serializable {
        static TrusteeView of(Trustee t) {
            return new TrusteeView(t.getId(), t.getPosition(), t.getName(), t.isPortal(), t.hasKey(), t.hasDecrypted());
        }
    }

    /** The election page: parameters, schedule, trustees, counts of the roll and of ballots, and the result. */
    public record Details(String uuid, String name, String description, ElectionStatus status, ElectionPhase phase,
                          Eligibility eligibility, String region, Integer minAge, List<String> voterList,
                          Instant opensAt, Instant closesAt, String fingerprint, List<QuestionView> questions,
                          List<TrusteeView> trustees, long rollSize, int ballots, long voted, Integer tallied,
                          Instant finishedAt) implements Serializable {
        static Details of(Election e, Instant now, long rollSize, int ballots, long voted) {
            ElectionResult r = e.result();
            List<QuestionView> qs = new ArrayList<>();
            for (int i = 0; i < e.getQuestions().size(); i++) {
                ElectionQuestion q = e.getQuestions().get(i);
                qs.add(new QuestionView(i, q.getQuestion(), q.getAnswers(), q.getMinAnswers(), q.getMaxAnswers(),
                        r == null ? null : r.counts().get(i)));
            }
            Integer tallied = e.tally() == null ? null : e.tally().numTallied();
            return new Details(e.getUuid(), e.getName(), e.getDescription(), e.getStatus(), e.phaseAt(now),
                    e.getEligibility(), e.getRegion(), e.getMinAge(), e.getVoterList(), e.getOpensAt(),
                    e.getClosesAt(), e.getFingerprint(), qs, e.getTrustees().stream().map(TrusteeView::of).toList(),
                    rollSize, ballots, voted, tallied, e.getFinishedAt());
        }

        public boolean isSetup() {
            return status == ElectionStatus.SETUP;
        }

        public boolean isFinished() {
            return status == ElectionStatus.FINISHED;
        }

        public boolean isPublished() {
            return status != ElectionStatus.SETUP;
        }

        public boolean isOpen() {
            return phase == ElectionPhase.OPEN;
        }

        /** Ballots received that a later ballot of the same voter replaced (only the last one counts). */
        public long getReplaced() {
            return Math.max(0, ballots - voted);
        }
    }

    /** One line of the public bulletin board; {@code replaced} by a later ballot of the same voter. */
    public record BoardEntry(int seq, String tracker, Instant castAt, boolean replaced) implements Serializable {
        static BoardEntry of(CastBallot.OnBoard b) {
            return new BoardEntry(b.seq(), b.tracker(), b.castAt(), b.replaced());
        }
    }

    /** The answer to "is my ballot on the board?": found or not, and whether a later ballot replaced it. */
    public record TrackerCheck(String tracker, boolean found, boolean superseded, Integer seq, Instant castAt)
            implements Serializable {
    }

    /** What the voter sees after casting. */
    public record CastReceipt(String tracker, int seq, Instant castAt, boolean revote) implements Serializable {
    }

    /** A trustee's own view of one election. */
    public record Trusteeship(String uuid, String electionName, ElectionPhase phase, int position, boolean hasKey,
                              boolean decrypted, boolean mayUploadKey, boolean mayDecrypt) implements Serializable {
    }
}
