package org.madang.services.application;

import java.io.Serializable;
import java.util.List;

/** The whole form of a service: its questions in order, grouped into pages. */
public record FormDefinition(long serviceId, List<FieldDefinition> fields) implements Serializable {
    public FormDefinition {
        fields = List.copyOf(fields);
    }

    public int pageCount() {
        return fields.stream().mapToInt(FieldDefinition::page).max().orElse(1);
    }

    public List<FieldDefinition> page(int n) {
        return fields.stream().filter(f -> f.page() == n).toList();
    }
}
