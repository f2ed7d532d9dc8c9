package org.madang.voting.domain.belenios;

/** Which check a refused ballot failed, so that the booth can tell the voter what went wrong. */
public enum BallotProblem {
    MALFORMED,
    NON_CANONICAL,
    WRONG_ELECTION_UUID,
    WRONG_ELECTION_HASH,
    UNSIGNED,
    SIGNATURE_HASH_MISMATCH,
    UNKNOWN_CREDENTIAL,
    INVALID_CREDENTIAL,
    BAD_SIGNATURE,
    WRONG_SHAPE,
    INVALID_CIPHERTEXT,
    BAD_INDIVIDUAL_PROOF,
    BAD_OVERALL_PROOF,
    BAD_BLANK_PROOF
}
