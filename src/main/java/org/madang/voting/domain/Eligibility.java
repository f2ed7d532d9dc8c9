package org.madang.voting.domain;

/** Who may vote: verified residents (optionally of one region, optionally of a minimum age), or a list of e-mails. */
public enum Eligibility {
    RESIDENTS, VOTER_LIST;

    public String labelKey() {
        return "voting.eligibility." + name();
    }
}
