package org.madang.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.services.application.ApplicationViews.CaseDetails;
import org.madang.services.application.ApplicationViews.Colleague;
import org.madang.services.application.ApplicationViews.TransferTarget;
import org.madang.services.application.CaseHandling;
import org.madang.services.application.CertificateIssuance;
import org.madang.services.application.IssuedDocumentView;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The case page (/office/case.xhtml?number=…): the application, its files and history, the internal
 * notes and one form per action, each with its own required fields. Every action redirects back
 * here (Post-Redirect-Get), so the page always shows the case as it now stands.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "/office/case.xhtml";

    @Inject
    transient CaseHandling cases;
    @Inject
    transient CertificateIssuance certificates;

    private String number;
    private CaseDetails details;
    private List<TransferTarget> departments = List.of();
    private List<Colleague> colleagues = List.of();
    private List<IssuedDocumentView> documents = List.of();
    private final CaseForms form = new CaseForms();

    public void load() throws IOException {
        try {
            details = cases.openCase(number == null ? "" : number);
        } catch (NotFound | InvalidInput unknown) {
            Redirects.notFound();
            return;
        } catch (Forbidden otherDepartment) {
            Redirects.forbidden();
            return;
        }
        departments = cases.transferTargets();
        colleagues = details.supervisor() ? cases.colleagues() : List.of();
        documents = details.application().isApproved() ? certificates.issuedFor(details.application().number())
                : List.of();
    }

    private String ref() {
        return details.application().number();
    }

    public void claim() throws IOException {
        cases.claim(ref());
        done("services.case.claimed");
    }

    public void reassign() throws IOException {
        cases.reassign(ref(), form.getOfficer());
        done("services.case.reassigned");
    }

    public void addNote() throws IOException {
        cases.addInternalNote(ref(), form.getNote());
        done("services.case.noteAdded");
    }

    public void requestSupplement() throws IOException {
        cases.requestSupplement(ref(), form.getSupplementReason());
        done("services.case.supplementRequested");
    }

    public void approve() throws IOException {
        cases.approve(ref());
        done("services.case.approved");
    }

    public void reject() throws IOException {
        cases.reject(ref(), form.getRejectionGround(), form.getRejectionText());
        done("services.case.rejected");
    }

    public void transfer() throws IOException {
        cases.transfer(ref(), form.getTransferDepartment(), form.getTransferReason());
        // the case now belongs to another department: back to our queue
        ApplicationPages.redirect("/office/", null, "services.case.transferred");
    }

    public void markDelayed() throws IOException {
        cases.markDelayed(ref(), form.getDelayReason());
        done("services.case.delayMarked");
    }

    public void extend() throws IOException {
        cases.extend(ref(), form.getExtensionAmount() == null ? 0 : form.getExtensionAmount(), form.getExtensionReason());
        done("services.case.extended");
    }

    public void recordPayment() throws IOException {
        BigDecimal amount = form.getPaymentAmount();
        LocalDate on = form.getPaymentDate();
        cases.recordPayment(ref(), amount, on, form.getPaymentReceipt());
        done("services.case.paymentRecorded");
    }

    private void done(String messageKey) throws IOException {
        ApplicationPages.redirect(PAGE, ref(), messageKey);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CaseDetails getDetails() {
        return details;
    }

    public List<TransferTarget> getDepartments() {
        return departments;
    }

    public List<Colleague> getColleagues() {
        return colleagues;
    }

    public List<IssuedDocumentView> getDocuments() {
        return documents;
    }

    public CaseForms getForm() {
        return form;
    }
}
