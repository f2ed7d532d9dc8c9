package org.madang.services.application;

import org.madang.services.domain.FieldType;

import java.io.Serializable;
import java.util.List;

/** One question of a service's form, as the form renderer and the validator read it. */
public record FieldDefinition(String key, FieldType type, boolean required, String pattern, Integer maxLength,
                              List<Option> options, String labelKo, String labelEn, String helpKo, String helpEn,
                              int page) implements Serializable {
    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A choice of a SELECT, RADIO or CHECKBOX field. */
    public record Option(String value, String labelKo, String labelEn) implements Serializable {
    }
}
