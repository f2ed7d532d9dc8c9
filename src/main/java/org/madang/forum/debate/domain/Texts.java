package org.madang.forum.debate.domain;

import org.madang.platform.error.InvalidInput;

/** The one check of every text a person writes here: present after trimming, and not too long. */
final class Texts {
    private Texts() {
    }

    static String required(String value, int max, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidInput("debate.textRequired", max).onField(field);
        }
        return v;
    }
}
