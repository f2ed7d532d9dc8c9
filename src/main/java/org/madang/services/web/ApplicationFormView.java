package org.madang.services.web;

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
import org.madang.services.application.ApplicationFormCheck;
import org.madang.services.application.ApplicationViews.AnswerLine;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.ApplicationViews.AttachmentView;
import org.madang.services.application.Applying;
import org.madang.services.application.Catalogue;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.FormDefinition;
import org.madang.services.domain.Attachment;
import org.madang.services.domain.FieldType;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One page of a draft's form, rendered from the service's {@link FormDefinition}. Every page
 * change saves the draft first (Back included, and before the page is checked), so nothing typed
 * is lost and a citizen who leaves finds the answers again. Answers are kept as typed strings and
 * checked by part B's {@link ApplicationFormCheck} (the rules submission applies), so a bad value
 * stays in its field beside a translated message instead of being dropped by a converter.
 */
@Named("applyForm")
@ViewScoped
public class ApplicationFormView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The form's id in the page; fields are {@code apply:q_<key>}. */
    static final String FORM_ID = "apply";

    @Inject
    Applying applying;
    @Inject
    Catalogue catalogue;
    @Inject
    org.madang.services.sharing.web.FormRecordsView records;

    private String draft;
    private int page = 1;
    private ApplicationDetails application;
    private FormDefinition form;
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, Boolean> flags = new HashMap<>();
    /** Multiple-choice answers; Faces may store an Object[] or a list here, so the type stays open. */
    private final Map<String, Object> choices = new HashMap<>();
    private transient Map<String, Part> uploads = new HashMap<>();

    public void load() throws IOException {
        try {
            application = applying.myApplication(draft == null ? "" : draft);
        } catch (NotFound notMine) {
            Redirects.notFound();
            return;
        }
        if (!application.isDraft()) {
            Redirects.to(ApplyPages.withNumber(ApplyPages.APPLICATION, application.reference()), null);
            return;
        }
        form = catalogue.form(application.service().id());
        page = Math.max(1, Math.min(page, form.pageCount()));
        records.load(draft);
        for (AnswerLine line : application.answers()) {
            restore(line.key(), line.value());
        }
    }

    private void restore(String key, String value) {
        form.fields().stream().filter(f -> f.key().equals(key)).findFirst().ifPresent(f -> {
            if (f.type() == FieldType.CHECKBOX && f.options().isEmpty()) {
                flags.put(key, "true".equals(value));
            } else if (f.type() == FieldType.CHECKBOX) {
                choices.put(key, value == null ? new String[0] : value.split(","));
            } else {
                answers.put(key, value);
            }
        });
    }

    /** Saves, checks this page, then goes on to the next page or to "check your answers". */
    public void next() throws IOException {
        if (!save()) {
            return;
        }
        List<Problem> found = ApplicationFormCheck.problems(form.page(page), typedAnswers(), attachedKeys());
        if (!found.isEmpty()) {
            show(found);
            return;
        }
        Redirects.to(page < form.pageCount() ? ApplyPages.form(draft, page + 1) : ApplyPages.check(draft), null);
    }

    /** Each problem beside its field; the page template's error summary lists and links them. */
    private void show(List<Problem> found) {
        found.forEach(p -> Messages.add(clientId(p.fieldKey()), FacesMessage.SEVERITY_ERROR, p.messageKey(), p.args()));
    }

    /**
     * Saves without checking completeness and shows the previous page; only an answer no draft may
     * hold (or a refused file) keeps the person here, with its message.
     */
    public void back() throws IOException {
        if (!save()) {
            return;
        }
        Redirects.to(page > 1 ? ApplyPages.form(draft, page - 1)
                : ApplyPages.START + "?service=" + application.service().id(), null);
    }

    public void saveForLater() throws IOException {
        if (save()) {
            Redirects.to("/my/applications.xhtml", "services.apply.draftSaved");
        }
    }

    public void removeFromRecords(long sharedId) throws IOException {
        save();
        records.detach(sharedId);
        Redirects.to(ApplyPages.form(draft, page), "services.sharing.detached");
    }

    public void removeAttachment(long attachmentId) throws IOException {
        save();
        applying.removeAttachment(draft, attachmentId);
        Redirects.to(ApplyPages.form(draft, page), "services.apply.attachmentRemoved");
    }

    /**
     * Stores this page's answers, then its files one by one. A refused file (wrong type, too
     * large) gets its message beside its field; the answers are saved regardless, and the files
     * are kept even when an answer is refused, so the person does not choose them again.
     */
    private boolean save() throws IOException {
        Map<String, String> changes = new LinkedHashMap<>();
        for (FieldDefinition f : form.page(page)) {
            if (f.type() != FieldType.FILE) {
                changes.put(f.key(), typed(f));
            }
        }
        boolean ok = true;
        try {
            applying.saveDraft(draft, changes);
        } catch (ApplicationAnswersInvalid impossible) {
            // an answer no draft may hold (a date like 2026-13-45): this page's answers wait, shown
            // as typed, until it is corrected
            show(impossible.problems());
            ok = false;
        }
        for (FieldDefinition f : form.page(page)) {
            Part part = uploads == null ? null : uploads.get(f.key());
            if (f.type() == FieldType.FILE && part != null && part.getSize() > 0) {
                ok &= upload(f.key(), part);
            }
        }
        uploads = new HashMap<>();
        ok &= records.store(form.page(page).stream().filter(f -> f.type() == FieldType.FILE).map(FieldDefinition::key)
                .toList(), FORM_ID + ":q_");
        application = applying.myApplication(draft);
        return ok;
    }

    private boolean upload(String key, Part part) throws IOException {
        if (part.getSize() > applying.attachmentMaxBytes()) {
            // refused before reading it into memory; same message the service gives
            Messages.add(clientId(key), FacesMessage.SEVERITY_ERROR, "services.application.attachment.tooLarge",
                    applying.attachmentMaxBytes() / (1024 * 1024));
            return false;
        }
        try (InputStream in = part.getInputStream()) {
            applying.addAttachment(draft, key, part.getSubmittedFileName(), in.readAllBytes());
            return true;
        } catch (BusinessException refused) {
            Messages.add(clientId(key), FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments());
            return false;
        }
    }

    private String typed(FieldDefinition f) {
        if (f.type() == FieldType.CHECKBOX && f.options().isEmpty()) {
            return Boolean.TRUE.equals(flags.get(f.key())) ? "true" : "";
        }
        if (f.type() == FieldType.CHECKBOX) {
            Object chosen = choices.get(f.key());
            List<?> list = chosen instanceof Object[] arr ? List.of(arr)
                    : chosen instanceof java.util.Collection<?> c ? List.copyOf(c) : List.of();
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        String v = answers.get(f.key());
        return v == null ? "" : v;
    }

    private Map<String, String> typedAnswers() {
        Map<String, String> all = new HashMap<>();
        form.fields().forEach(f -> all.put(f.key(), typed(f)));
        return all;
    }

    /** FILE questions answered by an upload or by a document attached from government records. */
    private Set<String> attachedKeys() {
        Set<String> keys = formAttachments().stream().map(AttachmentView::fieldKey)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        keys.addAll(records.answeredKeys());
        return keys;
    }

    private List<AttachmentView> formAttachments() {
        return application.attachments().stream().filter(a -> a.purpose() == Attachment.Purpose.FORM).toList();
    }

    static String clientId(String fieldKey) {
        return FORM_ID + ":q_" + fieldKey;
    }

    // --- for the page ---------------------------------------------------------------------

    public List<FieldDefinition> getFields() {
        return form.page(page);
    }

    public List<AttachmentView> attachments(String fieldKey) {
        return formAttachments().stream().filter(a -> a.fieldKey().equals(fieldKey)).toList();
    }

    public ApplicationDetails getApplication() {
        return application;
    }

    public int getPageCount() {
        return form.pageCount();
    }

    public boolean isLastPage() {
        return page >= form.pageCount();
    }

    public long getMaxMegabytes() {
        return applying.attachmentMaxBytes() / (1024 * 1024);
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, Boolean> getFlags() {
        return flags;
    }

    public Map<String, Object> getChoices() {
        return choices;
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

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
