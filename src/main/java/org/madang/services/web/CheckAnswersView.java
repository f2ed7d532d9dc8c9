package org.madang.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Messages;
import org.madang.services.application.ApplicationAnswersInvalid;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.ApplicationFormCheck;
import org.madang.services.application.ApplicationViews.AnswerLine;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.ApplicationViews.AttachmentView;
import org.madang.services.application.ApplicationViews.Receipt;
import org.madang.services.application.Applying;
import org.madang.services.application.Catalogue;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.FormDefinition;
import org.madang.services.domain.Attachment;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Check your answers": every question with its answer and a link back to its page, the fee, and
 * the submit button. Problems left anywhere in the form (a page skipped by editing the address)
 * are listed with links to their pages, and submission stays off until they are fixed.
 */
@Named
@ViewScoped
public class CheckAnswersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Applying applying;
    @Inject
    Catalogue catalogue;

    private String draft;
    private ApplicationDetails application;
    private FormDefinition form;
    private Map<String, AnswerLine> answers = Map.of();
    private List<Line> problems = List.of();

    /** A problem with the page that fixes it. */
    public record Line(String text, String link) implements Serializable {
    }

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
        answers = application.answers().stream().collect(Collectors.toMap(AnswerLine::key, Function.identity(),
                (a, b) -> a));
        List<Problem> found = ApplicationFormCheck.problems(form.fields(), application.answers().stream()
                        .collect(Collectors.toMap(AnswerLine::key, l -> l.value() == null ? "" : l.value(), (a, b) -> a)),
                attachments().stream().map(AttachmentView::fieldKey).collect(Collectors.toSet()));
        problems = found.stream().map(p -> new Line(Messages.format(p.messageKey(), p.args()),
                ApplyPages.form(draft, pageOf(p.fieldKey())))).toList();
    }

    public void submit() throws IOException {
        Receipt receipt;
        try {
            receipt = applying.submit(draft);
        } catch (ApplicationAnswersInvalid invalid) {
            // changed elsewhere since this page was shown: show the page again with the problems
            Redirects.to(ApplyPages.check(draft), "services.apply.fixProblems");
            return;
        }
        String next = receipt.payment() != null ? ApplyPages.PAYMENT : ApplyPages.DONE;
        Redirects.to(ApplyPages.withNumber(next, receipt.number()), null);
    }

    private int pageOf(String key) {
        return form.fields().stream().filter(f -> f.key().equals(key)).mapToInt(FieldDefinition::page).findFirst()
                .orElse(1);
    }

    private List<AttachmentView> attachments() {
        return application.attachments().stream().filter(a -> a.purpose() == Attachment.Purpose.FORM).toList();
    }

    // --- for the page ---------------------------------------------------------------------

    public List<FieldDefinition> getFields() {
        return form.fields();
    }

    /** The answer as shown (option labels, not codes), or null when the question was left blank. */
    public AnswerLine answer(String key) {
        return answers.get(key);
    }

    public List<AttachmentView> files(String key) {
        return attachments().stream().filter(a -> a.fieldKey().equals(key)).toList();
    }

    public String changeLink(FieldDefinition f) {
        return ApplyPages.form(draft, f.page());
    }

    public List<Line> getProblems() {
        return problems;
    }

    public ApplicationDetails getApplication() {
        return application;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }
}
