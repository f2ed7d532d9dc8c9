package org.madang.voting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.madang.platform.faces.Messages;
import org.madang.voting.application.ElectionViews;
import org.madang.voting.application.PublicBoard;
import org.madang.voting.domain.belenios.Question;
import org.madang.voting.domain.belenios.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * /vote/verify.xhtml: anyone uploads a {@code .bel} archive and reads the portal's verdict. No
 * redirect after the POST: the verdict is the answer to this upload and nothing is stored.
 */
@Named
@RequestScoped
public class ArchiveVerifyView {
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Inject
    PublicBoard board;

    private Part file;
    private Verdict verdict;
    private List<ElectionViews.QuestionView> result = List.of();

    public void verify() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.add("file", FacesMessage.SEVERITY_ERROR, "voting.verify.fileRequired");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.add("file", FacesMessage.SEVERITY_ERROR, "voting.verify.tooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            verdict = board.verify(in.readAllBytes());
        }
        result = readable(verdict);
    }

    /** The archive's result in words: each question with its answers and their counts (a blank vote first when allowed). */
    static List<ElectionViews.QuestionView> readable(Verdict v) {
        if (!v.valid() || v.summary().result() == null) {
            return List.of();
        }
        List<ElectionViews.QuestionView> out = new ArrayList<>();
        List<Question> qs = v.summary().questions();
        for (int i = 0; i < qs.size() && i < v.summary().result().counts().size(); i++) {
            Question q = qs.get(i);
            List<String> answers = new ArrayList<>();
            if (q.hasBlank()) {
                answers.add(Messages.format("voting.result.blank"));
            }
            answers.addAll(q.answers());
            out.add(new ElectionViews.QuestionView(i, q.question(), answers, q.min(), q.max(),
                    v.summary().result().counts().get(i)));
        }
        return out;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public List<ElectionViews.QuestionView> getResult() {
        return result;
    }
}
