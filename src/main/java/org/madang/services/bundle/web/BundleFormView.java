package org.madang.services.bundle.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Messages;
import org.madang.services.application.ApplicationAnswersInvalid;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.ApplicationViews.AnswerLine;
import org.madang.services.application.ApplicationViews.AttachmentView;
import org.madang.services.application.FieldDefinition;
import org.madang.services.bundle.application.BundleApplying;
import org.madang.services.bundle.application.BundleViews.BundleReceipt;
import org.madang.services.bundle.application.BundleViews.FilingDetails;
import org.madang.services.bundle.application.BundleViews.PartSpec;
import org.madang.services.bundle.application.BundleViews.PartStatus;
import org.madang.services.domain.FieldType;
import org.madang.services.sharing.application.GovernmentRecords;
import org.madang.services.sharing.application.SharingViews.RecordChoice;
import org.madang.services.sharing.application.SharingViews.SharedDocumentView;
import org.madang.services.sharing.domain.DocumentSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The combined form of a bundle: the shared questions once, then each part's own questions
 * (files included), on one page. Saving keeps everything typed; submitting saves first, then files
 * the whole bundle or, with problems, shows each beside its field. Field ids are
 * {@code bundle:q_shared_<key>} and {@code bundle:q_p<position>_<key>}.
 */
@Named("bundleForm")
@ViewScoped
public class BundleFormView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "bundle";
    private static final int READ_LIMIT = 26 * 1024 * 1024;

    @Inject
    transient BundleApplying bundles;
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
        try {
            filing = bundles.myFiling(draft == null ? "" : draft);
        } catch (NotFound notMine) {
            Redirects.notFound();
            return;
        }
        if (!filing.isDraft()) {
            Redirects.to(BundlePages.filing(filing.reference()), null);
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
        if (store()) {
            Redirects.to(BundlePages.form(draft), "bundle.form.saved");
        }
    }

    public void submit() throws IOException {
        if (!store()) {
            return;
        }
        try {
            BundleReceipt receipt = bundles.submit(draft);
            Redirects.to(BundlePages.filing(receipt.number()), "bundle.form.submitted", receipt.number());
        } catch (ApplicationAnswersInvalid invalid) {
            show(invalid.problems());
        }
    }

    public void removeAttachment(int position, long attachmentId) throws IOException {
        store();
        bundles.removeAttachment(draft, position, attachmentId);
        Redirects.to(BundlePages.form(draft), "services.apply.attachmentRemoved");
    }

    /** Saves all answers, then the files one by one (a refused file gets its message beside its field). */
    private boolean store() throws IOException {
        Map<String, String> shared = new LinkedHashMap<>();
        filing.bundle().sharedFields().forEach(f -> shared.put(f.key(), value("shared_" + f.key())));
        Map<Integer, Map<String, String>> parts = new HashMap<>();
        for (PartSpec p : filing.bundle().parts()) {
            Map<String, String> own = new LinkedHashMap<>();
            for (FieldDefinition f : p.ownFields()) {
                if (f.type() == FieldType.CHECKBOX) {
                    own.put(f.key(), Boolean.TRUE.equals(flags.get(id(p.position(), f.key()))) ? "true" : "");
                } else if (f.type() != FieldType.FILE) {
                    own.put(f.key(), value(id(p.position(), f.key())));
                }
            }
            parts.put(p.position(), own);
        }
        boolean ok = true;
        try {
            bundles.saveDraft(draft, shared, parts);
        } catch (ApplicationAnswersInvalid impossible) {
            // an answer no draft may hold: the answers wait, shown as typed; the files are still kept
            show(impossible.problems());
            ok = false;
        }
        for (PartSpec p : filing.bundle().parts()) {
            for (FieldDefinition f : p.ownFields()) {
                Part file = uploads == null ? null : uploads.get(id(p.position(), f.key()));
                if (f.type() == FieldType.FILE && file != null && file.getSize() > 0) {
                    ok &= upload(p.position(), f.key(), file);
                }
            }
        }
        uploads = new HashMap<>();
        ok &= attachFromRecords();
        filing = bundles.myFiling(draft);
        loadRecords();
        return ok;
    }

    /** The documents chosen "from government records", each only with its consent box ticked. */
    private boolean attachFromRecords() {
        boolean ok = true;
        for (PartStatus p : filing.parts()) {
            for (FieldDefinition f : filing.bundle().part(p.position()).ownFields()) {
                String vid = id(p.position(), f.key());
                String choice = chosen.get(vid);
                if (f.type() != FieldType.FILE || choice == null || choice.isBlank()) {
                    continue;
                }
                if (!Boolean.TRUE.equals(consent.get(vid))) {
                    Messages.add(FORM_ID + ":q_" + vid, FacesMessage.SEVERITY_ERROR, "services.sharing.consentRequired");
                    ok = false;
                    continue;
                }
                int colon = choice.indexOf(':');
                try {
                    records.attach(p.application().reference(), f.key(),
                            DocumentSource.valueOf(choice.substring(0, colon)), choice.substring(colon + 1));
                    chosen.remove(vid);
                    consent.remove(vid);
                } catch (BusinessException | IllegalArgumentException refused) {
                    Messages.add(FORM_ID + ":q_" + vid, FacesMessage.SEVERITY_ERROR, "services.sharing.notAvailable");
                    ok = false;
                }
            }
        }
        return ok;
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

    public void removeFromRecords(int position, long sharedId) throws IOException {
        store();
        records.detach(filing.part(position).application().reference(), sharedId);
        Redirects.to(BundlePages.form(draft), "services.sharing.detached");
    }

    private boolean upload(int position, String key, Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            bundles.addAttachment(draft, position, key, part.getSubmittedFileName(), in.readNBytes(READ_LIMIT));
            return true;
        } catch (BusinessException refused) {
            Messages.add(FORM_ID + ":" + id(position, key), FacesMessage.SEVERITY_ERROR, refused.messageKey(),
                    refused.arguments());
            return false;
        }
    }

    /** Each problem beside its field; the page template's error summary lists and links them. */
    private void show(List<Problem> found) {
        found.forEach(p -> Messages.add(FORM_ID + ":" + fieldId(p.fieldKey()), FacesMessage.SEVERITY_ERROR,
                p.messageKey(), p.args()));
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
