package org.madang.voting.domain.belenios;

/** Why a Belenios artefact was refused; stable names so that the portal can map them to messages. */
public enum FailureCode {
    /** The .bel file is not a well-formed old-style tar, or a member is missing. */
    MALFORMED_ARCHIVE,
    /** The first member is not a valid {@code BELENIOS} header. */
    BAD_HEADER,
    /** A member's name is not the SHA-256 of its content. */
    HASH_MISMATCH,
    /** The events do not form a chain (parent, height) or a payload is missing. */
    BROKEN_EVENT_CHAIN,
    /** An event appears where the protocol does not allow it (e.g. a ballot after EndBallots). */
    EVENT_ORDER,
    /** The tar is not byte for byte the one Belenios would write (order, extra members, headers). */
    NON_CANONICAL_ARCHIVE,
    /** Text that is not JSON, or JSON of the wrong shape. */
    MALFORMED_JSON,
    /** JSON that is not compact or not in Belenios' field order. */
    NON_CANONICAL_JSON,
    /** Valid Belenios data this library does not handle (threshold trustees, non-homomorphic questions...). */
    UNSUPPORTED,
    /** The election parameters are invalid (group, public key, uuid). */
    BAD_ELECTION,
    /** A trustee public key or its proof of knowledge is invalid. */
    BAD_TRUSTEE_KEY,
    /** The public credential list is invalid (not group elements, duplicates). */
    BAD_CREDENTIALS,
    /** A ballot is invalid; the message says which check failed. */
    BAD_BALLOT,
    /** The stored encrypted tally is not the product of the counted ballots. */
    TALLY_MISMATCH,
    /** The stored num_tallied or total_weight does not match the counted ballots. */
    COUNT_MISMATCH,
    /** A partial decryption is invalid or missing. */
    BAD_PARTIAL_DECRYPTION,
    /** The stored result is not the decryption of the tally. */
    RESULT_MISMATCH
}
