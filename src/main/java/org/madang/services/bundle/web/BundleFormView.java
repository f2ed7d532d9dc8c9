package org.madang.services.bundle.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.madang.platform.faces.Messages;
import org.madang.platform.faces.Redirects;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.ApplicationViews.AnswerLine;
import org.madang.services.application.ApplicationViews.AttachmentView;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.PageAnswers;
import org.madang.services.bundle.application.BundleApplying;
import org.madang.services.bundle.application.BundleForm;
import org.madang.services.bundle.application.BundleForm.BundlePage;
import org.madang.services.bundle.application.BundleViews.FilingDetails;
import org.madang.services.bundle.application.BundleViews.PartSpec;
import org.madang.services.bundle.application.BundleViews.PartStatus;
import org.madang.services.domain.FieldType;
import org.madang.services.sharing.application.GovernmentRecords;
import org.madang.services.sharing.application.SharingViews.RecordChoice;
import org.madang.services.sharing.application.SharingViews.SharedDocumentView;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The combined form of a bundle: the shared questions once, then each part's own questions
 * (files included), on one page. Each button is one command of {@link BundleForm} (one
 * transaction): saving keeps everything typed; submitting saves first, then files the whole bundle
 * or, with problems, shows each beside its field. Field ids are {@code bundle:q_shared_<key>} and
 * {@code bundle:q_p<position>_<key>}.
 */
@Named("bundleForm")
@ViewScoped
public class BundleFormView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "bundle";
    /** More than any file the portal takes: the service judges the size and refuses beside the field. */
    private static final int READ_LIMIT = 26 * 1024 * 1024;

    @Inject
    transient BundleApplying bundles;
    @Inject
    transient BundleForm form;
    @Inject
    transient GovernmentRecords records;

    private String draft;
    private FilingDetails filing;
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, Boolean> flags = new HashMap<>();
    private transient Map<String, Part> uploads = new HashMap<>();
    /** Attach from government records: the documents on offer, what was chosen and consented per question. */
    private List<RecordChoice> recordChoices = List.of();
    private final Map<String, String> chosen = new HashMap<>();
    private final Map<String, Boolean> consent = new HashMap<>();
    private final Map<String, List<SharedDocumentView>> fromRecords = new HashMap<>();

    public void load() throws IOException {
        filing = BundlePages.draftOrLeave(bundles, draft);
        if (filing == null) {
            return;
        }
        filing.sharedAnswers().forEach((k, v) -> answers.put("shared_" + k, v));
        loadRecords();
        for (PartStatus p : filing.parts()) {
            PartSpec spec = filing.bundle().part(p.position());
            for (AnswerLine line : p.application().answers()) {
                spec.ownFields().stream().filter(f -> f.key().equals(line.key())).findFirst().ifPresent(f -> {
                    if (f.type() == FieldType.CHECKBOX) {
                        flags.put(id(p.position(), f.key()), "true".equals(line.value()));
                    } else {
                        answers.put(id(p.position(), f.key()), line.value());
                    }
                });
            }
        }
    }

    public void save() throws IOException {
        if (!stayFor(form.savePage(draft, page()))) {
            Redirects.to(BundlePages.form(draft), "bundle.form.saved");
        }
    }

    /** Saves, and with nothing missing or refused goes on to check the answers before filing. */
    public void toCheck() throws IOException {
        if (!stayFor(form.checkPage(draft, page()))) {
            Redirects.to(BundlePages.check(draft), null);
        }
    }

    public void removeAttachment(int position, long attachmentId) throws IOException {
        if (!stayFor(form.removeAttachmentFromPage(draft, page(), position, attachmentId))) {
            Redirects.to(BundlePages.form(draft), "services.apply.attachmentRemoved");
        }
    }

    public void removeFromRecords(int position, long sharedId) throws IOException {
        if (!stayFor(form.detachRecordFromPage(draft, page(), position, sharedId))) {
            Redirects.to(BundlePages.form(draft), "services.sharing.detached");
        }
    }

    /**
     * With problems, the form is shown again: each problem beside its field (the page template's
     * error summary lists and links them), the answers as typed, files and documents as saved; a
     * document choice that was refused stays chosen.
     */
    private boolean stayFor(List<Problem> problems) {
        if (problems.isEmpty()) {
            return false;
        }
        Set<String> refusedIds = new java.util.HashSet<>();
        for (Problem p : problems) {
            String fieldId = fieldId(p.fieldKey());
            refusedIds.add(fieldId.substring(2));
            Messages.add(FORM_ID + ":" + fieldId, FacesMessage.SEVERITY_ERROR, p.messageKey(), p.args());
        }
        chosen.keySet().retainAll(refusedIds);
        consent.keySet().retainAll(refusedIds);
        filing = bundles.myFiling(draft);
        loadRecords();
        return true;
    }

    /** The whole form as the person gave it: shared answers, and each part's answers, files and documents. */
    private BundlePage page() throws IOException {
        Map<String, String> shared = new HashMap<>();
        filing.bundle().sharedFields().forEach(f -> shared.put(f.key(), value("shared_" + f.key())));
        Map<Integer, PageAnswers> parts = new HashMap<>();
        for (PartSpec p : filing.bundle().parts()) {
            Map<String, String> text = new HashMap<>();
            Map<String, Boolean> ticks = new HashMap<>();
            List<PageAnswers.FileGiven> files = new ArrayList<>();
            List<PageAnswers.RecordPick> picks = new ArrayList<>();
            for (FieldDefinition f : p.ownFields()) {
                String vid = id(p.position(), f.key());
                if (f.type() == FieldType.CHECKBOX) {
                    ticks.put(f.key(), Boolean.TRUE.equals(flags.get(vid)));
                } else if (f.type() == FieldType.FILE) {
                    Part file = uploads == null ? null : uploads.get(vid);
                    if (file != null && file.getSize() > 0) {
                        try (InputStream in = file.getInputStream()) {
                            files.add(new PageAnswers.FileGiven(f.key(), file.getSubmittedFileName(),
                                    in.readNBytes(READ_LIMIT)));
                        }
                    }
                    if (chosen.get(vid) != null && !chosen.get(vid).isBlank()) {
                        picks.add(new PageAnswers.RecordPick(f.key(), chosen.get(vid), Boolean.TRUE.equals(consent.get(vid))));
                    }
                } else {
                    text.put(f.key(), value(vid));
                }
            }
            parts.put(p.position(), new PageAnswers(text, ticks, Map.of(), files, picks));
        }
        uploads = new HashMap<>();
        return new BundlePage(shared, parts);
    }

    private void loadRecords() {
        fromRecords.clear();
        if (filing.parts().isEmpty()) {
            return;
        }
        recordChoices = records.choices(filing.parts().get(0).application().reference());
        for (PartStatus p : filing.parts()) {
            records.onMyApplication(p.application().reference()).stream().filter(SharedDocumentView::isActive)
                    .forEach(d -> fromRecords.computeIfAbsent(id(p.position(), d.fieldKey()), k -> new ArrayList<>()).add(d));
        }
    }

    /** "shared.k" → q_shared_k; "SERVICE_CODE.k" → q_p<position>_k. */
    private String fieldId(String problemKey) {
        int dot = problemKey.indexOf('.');
        String scope = problemKey.substring(0, dot);
        String key = problemKey.substring(dot + 1);
        if (scope.equals("shared")) {
            return "q_shared_" + key;
        }
        return filing.bundle().parts().stream().filter(p -> p.service().code().equals(scope)).findFirst()
                .map(p -> "q_" + id(p.position(), key)).orElse("q_shared_" + key);
    }

    private String value(String id) {
        String v = answers.get(id);
        return v == null ? "" : v;
    }

    static String id(int position, String key) {
        return "p" + position + "_" + key;
    }

    // --- for the page ---------------------------------------------------------------------

    public List<AttachmentView> attachments(int position, String fieldKey) {
        return filing.part(position).application().attachments().stream()
                .filter(a -> a.fieldKey().equals(fieldKey)).toList();
    }

    public List<SharedDocumentView> fromRecords(int position, String fieldKey) {
        return fromRecords.getOrDefault(id(position, fieldKey), List.of());
    }

    public List<RecordChoice> getRecordChoices() {
        return recordChoices;
    }

    public Map<String, String> getChosen() {
        return chosen;
    }

    public Map<String, Boolean> getConsent() {
        return consent;
    }

    public FilingDetails getFiling() {
        return filing;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, Boolean> getFlags() {
        return flags;
    }

    public Map<String, Part> getUploads() {
        if (uploads == null) {
            uploads = new HashMap<>();
        }
        return uploads;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }
}
