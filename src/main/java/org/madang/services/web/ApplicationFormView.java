package org.madang.services.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Messages;
import org.madang.platform.faces.Redirects;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.ApplicationViews.AnswerLine;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.ApplicationViews.AttachmentView;
import org.madang.services.application.Applying;
import org.madang.services.application.Catalogue;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.FormDefinition;
import org.madang.services.application.PageAnswers;
import org.madang.services.application.PageSaved;
import org.madang.services.domain.Attachment;
import org.madang.services.domain.FieldType;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a draft's form, rendered from the service's {@link FormDefinition}. Every button
 * is one command of {@link Applying} (one transaction): the page's answers, files and documents
 * from records are saved first (Back included), so nothing typed is lost and a citizen who leaves
 * finds the answers again; what the service refused or the page still lacks comes back as
 * problems, each shown beside its field. Answers travel as typed, so a bad value stays in its
 * field beside a translated message instead of being dropped by a converter.
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
    private final Map<String, Serializable> choices = new HashMap<>();
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
                choices.put(key, PageAnswers.options(value).toArray(String[]::new));
            } else {
                answers.put(key, value);
            }
        });
    }

    /** Saves and checks this page, then goes on to the next page or to "check your answers". */
    public void next() throws IOException {
        PageSaved saved = applying.savePage(draft, page, pageAnswers());
        if (stayFor(saved.kept() ? saved.incomplete() : saved.refused())) {
            return;
        }
        Redirects.to(page < form.pageCount() ? ApplyPages.form(draft, page + 1) : ApplyPages.check(draft), null);
    }

    /**
     * Saves without checking completeness and shows the previous page; only an answer no draft may
     * hold (or a refused file) keeps the person here, with its message.
     */
    public void back() throws IOException {
        if (!stayFor(applying.savePage(draft, page, pageAnswers()).refused())) {
            Redirects.to(page > 1 ? ApplyPages.form(draft, page - 1)
                    : ApplyPages.START + "?service=" + application.service().id(), null);
        }
    }

    public void saveForLater() throws IOException {
        if (!stayFor(applying.savePage(draft, page, pageAnswers()).refused())) {
            Redirects.to("/my/applications.xhtml", "services.apply.draftSaved");
        }
    }

    public void removeFromRecords(long sharedId) throws IOException {
        if (!stayFor(applying.detachRecordFromPage(draft, page, pageAnswers(), sharedId).refused())) {
            Redirects.to(ApplyPages.form(draft, page), "services.sharing.detached");
        }
    }

    public void removeAttachment(long attachmentId) throws IOException {
        if (!stayFor(applying.removeAttachmentFromPage(draft, page, pageAnswers(), attachmentId).refused())) {
            Redirects.to(ApplyPages.form(draft, page), "services.apply.attachmentRemoved");
        }
    }

    /**
     * With problems, the page is shown again: each problem beside its field (the page template's
     * error summary lists and links them), the answers as typed, the files and documents as saved.
     */
    private boolean stayFor(List<Problem> problems) {
        if (problems.isEmpty()) {
            return false;
        }
        problems.forEach(p -> Messages.add(clientId(p.fieldKey()), FacesMessage.SEVERITY_ERROR, p.messageKey(),
                p.args()));
        application = applying.myApplication(draft);
        records.settle(problems);
        return true;
    }

    /** This page's answers, files and documents as the person gave them. */
    private PageAnswers pageAnswers() throws IOException {
        Map<String, String> text = new HashMap<>();
        Map<String, Boolean> ticks = new HashMap<>();
        Map<String, List<String>> chosen = new HashMap<>();
        List<PageAnswers.FileGiven> files = new ArrayList<>();
        List<String> fileKeys = new ArrayList<>();
        for (FieldDefinition f : form.page(page)) {
            if (f.type() == FieldType.FILE) {
                fileKeys.add(f.key());
                Part part = uploads == null ? null : uploads.get(f.key());
                if (part != null && part.getSize() > 0) {
                    files.add(file(f.key(), part));
                }
            } else if (f.type() == FieldType.CHECKBOX && f.options().isEmpty()) {
                ticks.put(f.key(), Boolean.TRUE.equals(flags.get(f.key())));
            } else if (f.type() == FieldType.CHECKBOX) {
                chosen.put(f.key(), chosenOptions(choices.get(f.key())));
            } else {
                text.put(f.key(), answers.get(f.key()));
            }
        }
        uploads = new HashMap<>();
        return new PageAnswers(text, ticks, chosen, files, records.picks(fileKeys));
    }

    /** Reads at most one byte over the limit: enough for the service to refuse a file too large. */
    private PageAnswers.FileGiven file(String key, Part part) throws IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 8L, applying.attachmentMaxBytes() + 1);
        try (InputStream in = part.getInputStream()) {
            return new PageAnswers.FileGiven(key, part.getSubmittedFileName(), in.readNBytes(limit));
        }
    }

    private static List<String> chosenOptions(Object chosen) {
        Collection<?> list = chosen instanceof Object[] arr ? List.of(arr)
                : chosen instanceof Collection<?> c ? c : List.of();
        return list.stream().map(String::valueOf).toList();
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

    public Map<String, Serializable> getChoices() {
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
