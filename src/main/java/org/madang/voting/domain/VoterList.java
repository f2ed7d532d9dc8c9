package org.madang.voting.domain;

import org.madang.platform.error.InvalidInput;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** An uploaded voter list: e-mail addresses, trimmed, lower-cased, without duplicates, at least one. */
final class VoterList {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private VoterList() {
    }

    static Set<String> normalise(List<String> emails) {
        Set<String> clean = new LinkedHashSet<>();
        for (String e : emails) {
            String s = e.strip().toLowerCase(Locale.ROOT);
            if (!s.isEmpty()) {
                if (s.length() > 254 || !EMAIL.matcher(s).matches()) {
                    throw new InvalidInput("voting.election.voterListInvalid", s).onField("voterList");
                }
                clean.add(s);
            }
        }
        if (clean.isEmpty()) {
            throw new InvalidInput("voting.election.voterListEmpty").onField("voterList");
        }
        return clean;
    }
}
