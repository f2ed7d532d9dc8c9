package org.madang.services.bundle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Messages;
import org.madang.platform.faces.Redirects;
import org.madang.platform.i18n.Texts;
import org.madang.services.application.ApplicationAnswersInvalid;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.ApplicationViews.AnswerLine;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.FieldDefinition;
import org.madang.services.bundle.application.BundleApplying;
import org.madang.services.bundle.application.BundleViews.BundleReceipt;
import org.madang.services.bundle.application.BundleViews.FilingDetails;
import org.madang.services.bundle.application.BundleViews.PartSpec;
import org.madang.services.bundle.application.BundleViews.PartStatus;
import org.madang.services.domain.FieldType;
import org.madang.services.sharing.application.GovernmentRecords;
import org.madang.services.sharing.application.SharingViews.SharedDocumentView;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bundle's answers on one page before "submit to all agencies" (GOV.UK's check-answers pattern):
 * the shared answers once, then each agency's part, each line with a link back to its question on the
 * form. Submitting files the whole bundle (one command); if something is missing after all, the
 * problems are listed with links to their questions and nothing is filed.
 */
@Named("bundleCheck")
@ViewScoped
public class BundleCheckView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient BundleApplying bundles;
    @Inject
    transient GovernmentRecords records;

    private String draft;
    private FilingDetails filing;
    private List<Section> sections = List.of();
    private List<Line> problems = List.of();

    /** One answer as shown: the question (ko/en), the answer (ko/en; null: not answered), where to change it. */
    public record Row(String key, String labelKo, String labelEn, String shownKo, String shownEn, List<String> files,
                      String changeLink) implements Serializable {
        public String label(String lang) {
            return "en".equals(lang) ? labelEn : labelKo;
        }

        public String shown(String lang) {
            return "en".equals(lang) ? shownEn : shownKo;
        }

        public boolean file() {
            return files != null;
        }
    }

    /** The shared answers (position 0) or one agency's part. */
    public record Section(int position, PartSpec part, List<Row> rows) implements Serializable {
        public boolean shared() {
            return part == null;
        }
    }

    /** A problem that keeps the bundle from being filed, linked to its question on the form. */
    public record Line(String text, String link) implements Serializable {
    }

    public void load() throws IOException {
        filing = BundlePages.draftOrLeave(bundles, draft);
        if (filing == null) {
            return;
        }
        List<Section> all = new ArrayList<>();
        all.add(new Section(0, null, filing.bundle().sharedFields().stream()
                .map(f -> row(f, sharedLine(f), null, "q_shared_" + f.key())).toList()));
        for (PartSpec spec : filing.bundle().parts()) {
            PartStatus part = filing.parts().stream().filter(p -> p.position() == spec.position()).findFirst()
                    .orElseThrow();
            ApplicationDetails a = part.application();
            List<SharedDocumentView> fromRecords = records.onMyApplication(a.reference()).stream()
                    .filter(SharedDocumentView::isActive).toList();
            all.add(new Section(spec.position(), spec, spec.ownFields().stream().map(f -> row(f,
                    a.answers().stream().filter(l -> l.key().equals(f.key())).findFirst().orElse(null),
                    f.type() == FieldType.FILE ? files(a, fromRecords, f.key()) : null,
                    "q_p" + spec.position() + "_" + f.key())).toList()));
        }
        sections = List.copyOf(all);
    }

    /** Files the whole bundle; a problem found now (someone changed a draft elsewhere) is listed instead. */
    public void submit() throws IOException {
        try {
            BundleReceipt receipt = bundles.submit(draft);
            Redirects.to(BundlePages.filing(receipt.number()), "bundle.form.submitted", receipt.number());
        } catch (ApplicationAnswersInvalid invalid) {
            problems = invalid.problems().stream().map(this::line).toList();
        }
    }

    private Row row(FieldDefinition f, AnswerLine line, List<String> files, String fieldId) {
        String link = BundlePages.form(draft) + "#" + BundleFormView.FORM_ID + ":" + fieldId;
        boolean answered = line != null && line.value() != null && !line.value().isBlank()
                && !(f.type() == FieldType.CHECKBOX && f.options().isEmpty() && !"true".equals(line.value()));
        if (answered && f.type() == FieldType.CHECKBOX && f.options().isEmpty()) { // a box ticked: "yes"
            return new Row(f.key(), f.labelKo(), f.labelEn(), Texts.format(Locale.KOREAN, "services.apply.check.yes"),
                    Texts.format(Locale.ENGLISH, "services.apply.check.yes"), files, link);
        }
        return new Row(f.key(), f.labelKo(), f.labelEn(), answered ? line.shownKo() : null,
                answered ? line.shownEn() : null, files, link);
    }

    /** A shared answer as the parts received it (option labels, dates as shown), else as typed, or null. */
    private AnswerLine sharedLine(FieldDefinition f) {
        String typed = filing.sharedAnswers().get(f.key());
        return filing.parts().stream().flatMap(p -> p.application().answers().stream())
                .filter(l -> l.key().equals(f.key())).findFirst()
                .orElse(typed == null ? null : new AnswerLine(f.key(), f.labelKo(), f.labelEn(), typed, typed, typed));
    }

    private static List<String> files(ApplicationDetails a, List<SharedDocumentView> fromRecords, String key) {
        List<String> names = new ArrayList<>();
        a.attachments().stream().filter(x -> key.equals(x.fieldKey())).forEach(x -> names.add(x.fileName()));
        fromRecords.stream().filter(d -> key.equals(d.fieldKey()))
                .forEach(d -> names.add(Messages.format("bundle.check.fromRecords", Messages.format(d.source().labelKey()))));
        return names;
    }

    private Line line(Problem p) {
        String key = p.fieldKey();
        int dot = key.indexOf('.');
        String scope = key.substring(0, dot);
        String field = key.substring(dot + 1);
        String id = scope.equals("shared") ? "q_shared_" + field : filing.bundle().parts().stream()
                .filter(s -> s.service().code().equals(scope)).findFirst()
                .map(s -> "q_p" + s.position() + "_" + field).orElse("q_shared_" + field);
        return new Line(Messages.format(p.messageKey(), p.args()),
                BundlePages.form(draft) + "#" + BundleFormView.FORM_ID + ":" + id);
    }

    public String getDraft() { return draft; }
    public void setDraft(String draft) { this.draft = draft; }
    public FilingDetails getFiling() { return filing; }
    public List<Section> getSections() { return sections; }
    public List<Line> getProblems() { return problems; }
}
