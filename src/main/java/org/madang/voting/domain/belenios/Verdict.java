package org.madang.voting.domain.belenios;

import java.util.List;

/**
 * The outcome of verifying an archive: valid with a summary, or the first failure found, with a
 * stable code and a message for people.
 */
public record Verdict(boolean valid, FailureCode code, String message, Summary summary) {

    /**
     * What a valid archive holds. {@code tallied} and {@code result} are null until the election
     * has reached those steps; {@code ballotNanos} is the wall time spent verifying ballots;
     * {@code name} and {@code questions} are the election's own, to show the result in words.
     */
    public record Summary(String uuid, String fingerprint, int ballots, Integer tallied, ElectionResult result,
                          long ballotNanos, String name, List<Question> questions) {
        public Summary {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    static Verdict ok(Summary s) {
        return new Verdict(true, null, "valid", s);
    }

    static Verdict failure(FailureCode code, String message) {
        return new Verdict(false, code, message, null);
    }

    @Override
    public String toString() {
        return valid ? "valid: " + summary : code + ": " + message;
    }
}
