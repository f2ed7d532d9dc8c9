package org.madang.services.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers of an application's form, question key → answer as typed (trimmed). Checking them
 * against the service's form is the application layer's job at submission; here only what holds
 * for any form: answers are bounded, and a blank answer is no answer.
 */
@Embeddable
public class ApplicationAnswers {
    public static final int MAX_ANSWER = 4000;
    public static final int MAX_KEY = 60;

    @ElementCollection
    @CollectionTable(name = "application_answer", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "field_key", length = MAX_KEY)
    @Column(name = "answer", length = MAX_ANSWER)
    private Map<String, String> values = new TreeMap<>();

    /** Merges {@code changes}: a blank value removes that question's answer. */
    void merge(Map<String, String> changes) {
        merge(values, changes, "");
    }

    /**
     * The rule for any set of answers (an application's, a bundle filing's shared ones): keys
     * bounded, a blank value removes the answer, others are trimmed and bounded. A refusal names
     * the field {@code fieldPrefix + key}.
     */
    public static void merge(Map<String, String> values, Map<String, String> changes, String fieldPrefix) {
        changes.forEach((key, value) -> {
            if (key == null || key.isBlank() || key.length() > MAX_KEY) {
                throw new ApplicationInputInvalid("services.application.field.unknown", "answers", String.valueOf(key));
            }
            if (value == null || value.isBlank()) {
                values.remove(key);
            } else if (value.strip().length() > MAX_ANSWER) {
                throw new ApplicationInputInvalid("services.application.field.tooLong", fieldPrefix + key, key, key,
                        MAX_ANSWER);
            } else {
                values.put(key, value.strip());
            }
        });
    }

    public String get(String key) {
        return values.get(key);
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
