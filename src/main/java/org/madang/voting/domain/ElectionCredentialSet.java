package org.madang.voting.domain;

import org.madang.voting.domain.belenios.PublicCredentials;

import java.math.BigInteger;
import java.util.Map;
import java.util.Set;

/** A frozen election's public credentials, parsed, with the weight of each (immutable). */
public record ElectionCredentialSet(PublicCredentials credentials, Map<BigInteger, Long> weights) {
    /** The credentials a ballot may be signed with. */
    public Set<BigInteger> members() {
        return weights.keySet();
    }
}
