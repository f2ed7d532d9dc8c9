package org.madang.services.sharing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.error.BusinessException;
import org.madang.platform.faces.Messages;
import org.madang.services.sharing.application.GovernmentRecords;
import org.madang.services.sharing.application.SharingViews.RecordChoice;
import org.madang.services.sharing.application.SharingViews.SharedDocumentView;
import org.madang.services.sharing.domain.DocumentSource;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Attach from government records" beside a FILE question of a draft's form: the documents the
 * applicant may choose, the explicit consent box, and the documents already attached that way
 * (each can be taken back until the application is filed). The form's own view bean calls
 * {@link #store} when it saves.
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

    /**
     * Attaches what was chosen for the given questions. A choice without the consent box ticked is
     * refused beside its field ({@code clientIdPrefix + key}); returns whether all went through.
     */
    public boolean store(List<String> fileKeys, String clientIdPrefix) {
        boolean ok = true;
        for (String key : fileKeys) {
            String choice = chosen.get(key);
            if (choice == null || choice.isBlank()) {
                continue;
            }
            if (!Boolean.TRUE.equals(consent.get(key))) {
                Messages.add(clientIdPrefix + key, FacesMessage.SEVERITY_ERROR, "services.sharing.consentRequired");
                ok = false;
                continue;
            }
            int colon = choice.indexOf(':');
            try {
                records.attach(draft, key, DocumentSource.valueOf(choice.substring(0, colon)), choice.substring(colon + 1));
                chosen.remove(key);
                consent.remove(key);
            } catch (BusinessException | IllegalArgumentException refused) {
                Messages.add(clientIdPrefix + key, FacesMessage.SEVERITY_ERROR, "services.sharing.notAvailable");
                ok = false;
            }
        }
        load(draft);
        return ok;
    }

    public void detach(long sharedId) {
        records.detach(draft, sharedId);
        load(draft);
    }

    /** The FILE questions already answered from government records. */
    public Set<String> answeredKeys() {
        return attached.stream().map(SharedDocumentView::fieldKey).collect(Collectors.toSet());
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
