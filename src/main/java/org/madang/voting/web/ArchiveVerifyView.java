package org.madang.voting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.madang.platform.faces.Messages;
import org.madang.voting.application.PublicBoard;
import org.madang.voting.domain.belenios.Verdict;

import java.io.IOException;
import java.io.InputStream;

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
}
