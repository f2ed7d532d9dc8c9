package org.madang.voting.domain.belenios;

/** A ballot failed verification; {@link #problem()} says which check. */
public final class BallotRejected extends BeleniosException {
    private static final long serialVersionUID = 1L;
    private final BallotProblem problem;

    public BallotRejected(BallotProblem problem, String message) {
        super(FailureCode.BAD_BALLOT, message);
        this.problem = problem;
    }

    public BallotProblem problem() {
        return problem;
    }
}
