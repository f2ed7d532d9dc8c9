package org.madang.voting.application;

import org.madang.platform.error.InvalidInput;
import org.madang.voting.domain.belenios.BallotProblem;

/**
 * A ballot the server's checks refused, with a message the voter can act on. The fourteen checks
 * of the core are grouped into what a voter can tell apart: a damaged or non-canonical ballot,
 * one made for another election, an unknown credential, or a proof that does not hold.
 */
public class BallotRefused extends InvalidInput {
    private static final long serialVersionUID = 1L;
    private final BallotProblem problem;

    public BallotRefused(BallotProblem problem) {
        super("voting.ballot.refused." + group(problem));
        this.problem = problem;
    }

    public BallotProblem problem() {
        return problem;
    }

    static String group(BallotProblem p) {
        return switch (p) {
            case MALFORMED -> "malformed";
            case NON_CANONICAL -> "nonCanonical";
            case WRONG_ELECTION_UUID, WRONG_ELECTION_HASH -> "otherElection";
            case UNKNOWN_CREDENTIAL, INVALID_CREDENTIAL -> "unknownCredential";
            case UNSIGNED, SIGNATURE_HASH_MISMATCH, BAD_SIGNATURE -> "badSignature";
            case WRONG_SHAPE, INVALID_CIPHERTEXT, BAD_INDIVIDUAL_PROOF, BAD_OVERALL_PROOF, BAD_BLANK_PROOF -> "badProof";
        };
    }
}
