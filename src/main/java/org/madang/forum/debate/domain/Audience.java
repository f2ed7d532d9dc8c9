package org.madang.forum.debate.domain;

import java.util.Optional;

/** Who may post in a debate: anyone signed in, verified residents, or verified residents of one region. */
public enum Audience {
    SIGNED_IN, VERIFIED_RESIDENTS, REGION_RESIDENTS;

    public String labelKey() {
        return "debate.audience." + name();
    }

    /** Why this person may not post, as a text key, or empty if they may. */
    public Optional<String> refusal(boolean verifiedResident, String personRegion, String debateRegion) {
        if (this == SIGNED_IN) {
            return Optional.empty();
        }
        if (!verifiedResident) {
            return Optional.of("debate.refused.notVerified");
        }
        if (this == REGION_RESIDENTS && !debateRegion.equals(personRegion)) {
            return Optional.of("debate.refused.region");
        }
        return Optional.empty();
    }
}
