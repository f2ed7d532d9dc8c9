package org.madang.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rule, after KISA's guideline for Korean public services: at least 10 characters
 * from two kinds (letters, digits, symbols), or at least 8 from all three; no long runs of one
 * character; not built around the e-mail name. Returns the keys of the rules a password breaks,
 * so the page can show exactly what to fix (the same list is shown before submission).
 */
public final class PasswordPolicy {
    public static final int MAX_LENGTH = 128;
    /** A new password may not be any of the account's last three (the current one included). */
    public static final int REUSE_DEPTH = 3;

    private PasswordPolicy() {
    }

    public static List<String> violations(String password, String email) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            broken.add("password.rule.required");
            return broken;
        }
        if (password.length() > MAX_LENGTH) {
            broken.add("password.rule.tooLong");
        }
        int kinds = 0;
        if (password.chars().anyMatch(Character::isLetter)) {
            kinds++;
        }
        if (password.chars().anyMatch(Character::isDigit)) {
            kinds++;
        }
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c))) {
            kinds++;
        }
        boolean longEnough = (kinds >= 2 && password.length() >= 10) || (kinds >= 3 && password.length() >= 8);
        if (!longEnough) {
            broken.add("password.rule.lengthAndKinds");
        }
        if (hasRun(password, 4)) {
            broken.add("password.rule.repeated");
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(local)) {
                broken.add("password.rule.containsEmail");
            }
        }
        return broken;
    }

    public static boolean acceptable(String password, String email) {
        return violations(password, email).isEmpty();
    }

    private static boolean hasRun(String s, int length) {
        int run = 1;
        for (int i = 1; i < s.length(); i++) {
            run = s.charAt(i) == s.charAt(i - 1) ? run + 1 : 1;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }
}
