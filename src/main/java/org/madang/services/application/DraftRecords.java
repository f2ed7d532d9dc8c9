package org.madang.services.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.PageAnswers.RecordPick;

import java.util.List;

/**
 * Answering a draft's FILE questions with documents the government holds (administrative
 * information sharing, implemented by {@code services.sharing}): the form pages' commands reach it
 * through this port, so the arrow points from sharing to the applications, not back. (Parameter
 * constraints live here: an implementation may not declare its own.)
 */
public interface DraftRecords {
    /**
     * Attaches each chosen document that is on offer and consented to; each one that is not comes
     * back as a problem on its question instead of an exception, so the rest of the click is kept.
     */
    List<Problem> attachChosen(@NotBlank String draft, @NotNull List<RecordPick> picks);

    /** Takes a document attached from records back, withdrawing its consent. */
    void detach(@NotBlank String draft, long sharedId);
}
