package org.madang.forum.petition.domain;

import org.madang.platform.error.InvalidInput;

/** An agency's rule: this many supports oblige it to answer within this many days. */
public record AnswerRule(int threshold, int days) {
    public static final int MAX_THRESHOLD = 10_000_000;
    public static final int MAX_DAYS = 365;

    public AnswerRule {
        if (threshold < 1 || threshold > MAX_THRESHOLD) {
            throw new InvalidInput("petition.rule.thresholdInvalid", MAX_THRESHOLD).onField("threshold");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInput("petition.rule.daysInvalid", MAX_DAYS).onField("days");
        }
    }
}
