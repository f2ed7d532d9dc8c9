package org.madang.services.application;

import org.madang.services.application.ApplicationAnswersInvalid.Problem;

import java.io.Serializable;
import java.util.List;

/**
 * What came of saving a form page: {@code refused} names what could not be kept (an answer no
 * draft may hold, a refused file, a document from records without consent) — everything else of
 * the click was kept; {@code incomplete} names what the page still lacks before going on.
 */
public record PageSaved(List<Problem> refused, List<Problem> incomplete) implements Serializable {
    public PageSaved {
        refused = List.copyOf(refused);
        incomplete = List.copyOf(incomplete);
    }

    public boolean kept() {
        return refused.isEmpty();
    }
}
