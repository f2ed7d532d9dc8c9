package org.madang.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.platform.error.InvalidInput;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.PageAnswers.FileGiven;
import org.madang.services.application.PageAnswers.RecordPick;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationInputInvalid;
import org.madang.services.domain.Attachment;
import org.madang.services.domain.FieldType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The work of one click on a draft's form page, shared by an application's own pages and a
 * bundle's combined form: answers checked and stored, files taken in, documents from government
 * records attached. A refusal (an answer no draft may hold, a file of the wrong kind, a document
 * without consent) is collected as a problem on its question instead of thrown, so the caller's
 * one transaction keeps everything else. Not a boundary: callers check who may do it.
 */
@ApplicationScoped
public class DraftPages {
    @Inject
    Catalogue catalogue;
    @Inject
    AttachmentIntake intake;
    @Inject
    DraftRecords records;
    @Inject
    ApplicationFiling filing;

    /** Answers, files and documents of one page: the answers all or none (see {@link #impossible}). */
    public List<Problem> save(Application a, PageAnswers page) {
        List<Problem> refused = new ArrayList<>(impossible(a, page));
        if (refused.isEmpty()) {
            saveAnswers(a, page);
        }
        refused.addAll(attach(a, page));
        return refused;
    }

    /**
     * The answers no draft may hold (a date like 2026-13-45, an option not offered, text over the
     * limit); while one remains the page's answers wait, shown as typed. A question the form does
     * not ask is no person's mistake and is refused outright.
     */
    public List<Problem> impossible(Application a, PageAnswers page) {
        FormDefinition form = catalogue.form(a.getServiceId());
        Map<String, String> answers = page.stored();
        List<String> unknown = ApplicationFormCheck.unknownKeys(form, answers.keySet());
        if (!unknown.isEmpty()) {
            throw new InvalidInput("services.application.field.unknown", unknown.get(0)).onField(unknown.get(0));
        }
        return ApplicationFormCheck.draftProblems(form.fields(), answers);
    }

    public void saveAnswers(Application a, PageAnswers page) {
        a.saveAnswers(page.stored(), filing.now());
    }

    /** Takes in the page's files and its documents from records; returns what was refused. */
    public List<Problem> attach(Application a, PageAnswers page) {
        List<Problem> refused = new ArrayList<>();
        FormDefinition form = catalogue.form(a.getServiceId());
        for (FileGiven f : page.files()) {
            if (form.fields().stream().noneMatch(d -> d.key().equals(f.fieldKey()) && d.type() == FieldType.FILE)) {
                throw new InvalidInput("services.application.field.unknown", f.fieldKey()).onField(f.fieldKey());
            }
            Attachment taken = null;
            try {
                taken = intake.accept(f.fieldKey(), Attachment.Purpose.FORM, f.fileName(), f.content(),
                        a.getApplicantId(), filing.now());
                a.attach(taken, filing.now());
            } catch (ApplicationInputInvalid notTaken) {
                if (taken != null) {
                    intake.discard(taken);
                }
                refused.add(new Problem(f.fieldKey(), notTaken.messageKey(),
                        Arrays.stream(notTaken.arguments()).map(String::valueOf).toList()));
            }
        }
        List<RecordPick> picks = page.fromRecords().stream().filter(RecordPick::isChosen).toList();
        if (!picks.isEmpty()) {
            refused.addAll(records.attachChosen(a.getDraftKey(), picks));
        }
        return refused;
    }

    /** Removes one of the draft's files (a click on its "remove" button). */
    public void removeFile(Application a, long attachmentId) {
        intake.discard(a.detach(attachmentId, filing.now()));
    }

    /** Takes a document attached from records back (a click on its "take back" button). */
    public void detachRecord(Application a, long sharedId) {
        records.detach(a.getDraftKey(), sharedId);
    }

    /** What the given questions still lack, with the files and documents attached so far. */
    public List<Problem> incomplete(Application a, List<FieldDefinition> questions) {
        return filing.problems(a, questions);
    }
}
