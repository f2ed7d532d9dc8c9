package org.madang.services.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.madang.platform.faces.Messages;
import org.madang.services.application.CertificateIssuance;
import org.madang.services.application.VerificationResult;

import java.io.IOException;
import java.io.InputStream;

/**
 * The public verification page (/verify/): anyone, signed in or not, checks an issuance number and
 * optionally the file they were given. The view is stateless (no session, no view state kept), so
 * an anonymous visitor leaves nothing behind; an uploaded file is hashed and dropped.
 *
 * <p>Checking is a read, not a change, so the answer is shown in the response to the POST: there is
 * nothing to protect from a repeated submission, and keeping the file for a redirect would be worse.
 * A scanned QR code arrives as {@code GET /verify/?n=…} and gets its answer straight away.
 */
@Named
@RequestScoped
public class VerifyView {
    /** Issued PDFs are tens of kilobytes; anything near this is not one of ours. */
    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    @Inject
    CertificateIssuance issuance;
    @Inject
    FacesContext faces;

    private String number;
    private Part file;
    private VerificationResult result;

    /** GET with ?n= (the QR code's link): answer at once. */
    public void checkLink() {
        if (!faces.isPostback() && number != null && !number.isBlank()) {
            result = issuance.verify(number, null);
        }
    }

    public void check() throws IOException {
        byte[] content = null;
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > MAX_UPLOAD_BYTES) {
                Messages.add("file", FacesMessage.SEVERITY_ERROR, "verify.file.tooLarge");
                return;
            }
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            }
        }
        result = issuance.verify(number, content);
    }

    public boolean isChecked() {
        return result != null;
    }

    public VerificationResult getResult() {
        return result;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
