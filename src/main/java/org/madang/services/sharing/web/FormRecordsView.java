package org.madang.services.sharing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.PageAnswers.RecordPick;
import org.madang.services.sharing.application.GovernmentRecords;
import org.madang.services.sharing.application.SharingViews.RecordChoice;
import org.madang.services.sharing.application.SharingViews.SharedDocumentView;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Attach from government records" beside a FILE question of a draft's form: the documents the
 * applicant may choose, the explicit consent box, and the documents already attached that way
 * (each can be taken back until the application is filed). The form's own view bean sends the
 * {@link #picks} with its page command and {@link #settle}s them after.
 */
@Named("formRecords")
@ViewScoped
public class FormRecordsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient GovernmentRecords records;

    private String draft;
    private List<RecordChoice> choices = List.of();
    private List<SharedDocumentView> attached = List.of();
    private final Map<String, String> chosen = new HashMap<>();
    private final Map<String, Boolean> consent = new HashMap<>();

    /** Loads the choices and the attached documents of a draft. */
    public void load(String draftKey) {
        draft = draftKey;
        choices = records.choices(draftKey);
        attached = records.onMyApplication(draftKey).stream().filter(SharedDocumentView::isActive).toList();
    }

    /** What was chosen from records for the given questions, with whether its consent box is ticked. */
    public List<RecordPick> picks(List<String> fileKeys) {
        return fileKeys.stream().filter(k -> chosen.get(k) != null && !chosen.get(k).isBlank())
                .map(k -> new RecordPick(k, chosen.get(k), Boolean.TRUE.equals(consent.get(k)))).toList();
    }

    /**
     * After the form's command: a choice that went through is cleared, a refused one stays chosen
     * beside its message; the attached documents are read again.
     */
    public void settle(List<Problem> refused) {
        Set<String> stay = refused.stream().map(Problem::fieldKey).collect(Collectors.toSet());
        chosen.keySet().retainAll(stay);
        consent.keySet().retainAll(stay);
        load(draft);
    }

    public List<SharedDocumentView> attachedTo(String key) {
        return attached.stream().filter(d -> d.fieldKey().equals(key)).toList();
    }

    public List<RecordChoice> getChoices() {
        return choices;
    }

    public Map<String, String> getChosen() {
        return chosen;
    }

    public Map<String, Boolean> getConsent() {
        return consent;
    }
}
