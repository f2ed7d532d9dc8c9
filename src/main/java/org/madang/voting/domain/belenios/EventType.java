package org.madang.voting.domain.belenios;

/** The event types of a Belenios 2.0 archive, spelled as in the JSON. */
public enum EventType {
    Setup, Ballot, EndBallots, EncryptedTally, Shuffle, EndShuffles, PartialDecryption, Result;

    static EventType parse(String s) {
        for (EventType t : values()) {
            if (t.name().equals(s)) {
                return t;
            }
        }
        throw new BeleniosException(FailureCode.MALFORMED_JSON, "unknown event type " + s);
    }
}
