package org.madang.disclosure.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.disclosure.request.application.DisclosureQueue;
import org.madang.disclosure.request.application.RequestViews.CaseView;
import org.madang.disclosure.request.application.RequestViews.Target;
import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.FeeComputation;
import org.madang.disclosure.request.domain.FeeInput;
import org.madang.disclosure.request.domain.PaperSize;
import org.madang.disclosure.request.domain.WaiverAnswer;
import org.madang.disclosure.request.domain.NonDisclosureGround;
import org.madang.disclosure.request.domain.ObjectionOutcome;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.servlet.http.Part;
import org.madang.disclosure.application.Upload;
import org.madang.disclosure.request.application.Releasing;
import org.madang.disclosure.request.application.WithheldPart;
import org.madang.platform.faces.Messages;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * /office/requests/request.xhtml?number=…: one request of the department (opening it is logged in
 * the requester's access log) and every action on it, one form each. Another department's request
 * answers 403, an unknown number 404.
 */
@Named
@ViewScoped
public class DisclosureCaseView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DisclosureQueue queue;
    @Inject
    transient Releasing releasing;
    static final int WITHHELD_ROWS = 5;

    private String number;
    private CaseView view;
    private List<Target> targets = List.of();
    private String question;
    private Long transferTo;
    private String transferReason;
    private String extensionReason;
    private DecisionKind decision;
    private NonDisclosureGround[] grounds = new NonDisclosureGround[0];
    private String decisionText;
    private String objectionExtensionReason;
    private ObjectionOutcome outcome;
    private String outcomeText;
    private String thirdParty;
    private transient Part releaseFile;
    private boolean releasePrivately;
    private final String[] withheldTexts = new String[WITHHELD_ROWS];
    private final NonDisclosureGround[] withheldGrounds = new NonDisclosureGround[WITHHELD_ROWS];
    private PaperSize feePaper;
    private Long feePages;
    private Long feeMegabytes;
    private Long feeMinutes;
    private Long feePostage;
    private WaiverAnswer feeWaiver;
    private String feeWaiverReason;
    /** The fee last shown to the officer, and for which input: a release is decided only on what was seen. */
    private FeeComputation feePreview;
    private FeeInput feePreviewed;
    private BigDecimal paymentAmount;
    private LocalDate paymentDate;
    private String paymentReceipt;

    public void load() {
        view = queue.open(number);
        if (view.request().status().isOpen()) {
            targets = queue.transferTargets();
        }
    }

    public void claim() throws IOException {
        queue.claim(number);
        done("disclosure.request.claimed");
    }

    public void askClarification() throws IOException {
        queue.askClarification(number, question);
        done("disclosure.request.clarification.asked");
    }

    public void transfer() throws IOException {
        queue.transfer(number, transferTo == null ? -1 : transferTo, transferReason);
        Redirects.to("/office/requests/", "disclosure.request.transferred", number);
    }

    public void extend() throws IOException {
        queue.extend(number, extensionReason);
        done("disclosure.request.extended");
    }

    /** Shows the fee line by line for the quantities entered; nothing is saved. */
    public void computeFee() {
        FeeInput in = feeInput();
        feePreview = queue.previewFee(number, in);
        feePreviewed = in;
    }

    public void decide() throws IOException {
        Set<NonDisclosureGround> g = grounds == null || grounds.length == 0 ? Set.of() : EnumSet.copyOf(List.of(grounds));
        FeeInput in = feeInput();
        if (decision != null && decision.releases() && (feePreview == null || !in.equals(feePreviewed))) {
            Messages.add("computeFee", FacesMessage.SEVERITY_ERROR, "disclosure.fee.checkFirst");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        queue.decide(number, decision, g, decisionText, decision != null && decision.releases() ? in : FeeInput.NONE);
        done("disclosure.request.decided");
    }

    public void recordPayment() throws IOException {
        queue.recordFeePayment(number, paymentAmount, paymentDate, paymentReceipt);
        done("disclosure.fee.payment.recorded");
    }

    private FeeInput feeInput() {
        return new FeeInput(feePaper, feePages, feeMegabytes, feeMinutes, feePostage, feeWaiver,
                feeWaiverReason == null || feeWaiverReason.isBlank() ? null : feeWaiverReason.strip());
    }

    public void extendObjection() throws IOException {
        queue.extendObjection(number, objectionExtensionReason);
        done("disclosure.request.extended");
    }

    public void decideObjection() throws IOException {
        queue.decideObjection(number, outcome, outcomeText);
        done("disclosure.request.decided");
    }

    public void notifyThirdParty() throws IOException {
        queue.notifyThirdParty(number, thirdParty);
        done("disclosure.request.thirdParty.notified");
    }

    public void recordThirdPartyObjection() throws IOException {
        queue.recordThirdPartyObjection(number);
        done("disclosure.request.thirdParty.recorded");
    }

    /** The redacted PDF and each withheld text with its ground; refused while a withheld text is still in it. */
    public void release() throws IOException {
        if (releaseFile == null || releaseFile.getSize() == 0 || releaseFile.getSubmittedFileName() == null) {
            Messages.add("releaseFile", FacesMessage.SEVERITY_ERROR, "disclosure.request.release.fileRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (releaseFile.getSize() > releasing.maxFileBytes()) {
            Messages.add("releaseFile", FacesMessage.SEVERITY_ERROR, "open.file.tooLarge",
                    releasing.maxFileBytes() / (1024 * 1024));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        byte[] bytes;
        try (InputStream in = releaseFile.getInputStream()) {
            bytes = in.readAllBytes();
        }
        List<WithheldPart> parts = new ArrayList<>();
        for (int i = 0; i < WITHHELD_ROWS; i++) {
            parts.add(new WithheldPart(withheldTexts[i], withheldGrounds[i]));
        }
        Upload upload = new Upload(releaseFile.getSubmittedFileName(), bytes);
        if (releasePrivately) {
            releasing.releasePrivately(number, upload, parts);
            done("disclosure.request.release.donePrivately");
        } else {
            releasing.release(number, upload, parts);
            done("disclosure.request.release.done");
        }
    }

    private void done(String key) throws IOException {
        Redirects.to("/office/requests/request.xhtml?number=" + view.request().number(), key, view.request().number());
    }

    public PaperSize[] getPaperSizes() { return PaperSize.values(); }
    public WaiverAnswer[] getWaiverAnswers() { return WaiverAnswer.values(); }
    public FeeComputation getFeePreview() { return feePreview; }
    public PaperSize getFeePaper() { return feePaper; }
    public void setFeePaper(PaperSize feePaper) { this.feePaper = feePaper; }
    public Long getFeePages() { return feePages; }
    public void setFeePages(Long feePages) { this.feePages = feePages; }
    public Long getFeeMegabytes() { return feeMegabytes; }
    public void setFeeMegabytes(Long feeMegabytes) { this.feeMegabytes = feeMegabytes; }
    public Long getFeeMinutes() { return feeMinutes; }
    public void setFeeMinutes(Long feeMinutes) { this.feeMinutes = feeMinutes; }
    public Long getFeePostage() { return feePostage; }
    public void setFeePostage(Long feePostage) { this.feePostage = feePostage; }
    public WaiverAnswer getFeeWaiver() { return feeWaiver; }
    public void setFeeWaiver(WaiverAnswer feeWaiver) { this.feeWaiver = feeWaiver; }
    public String getFeeWaiverReason() { return feeWaiverReason; }
    public void setFeeWaiverReason(String feeWaiverReason) { this.feeWaiverReason = feeWaiverReason; }
    public BigDecimal getPaymentAmount() { return paymentAmount; }
    public void setPaymentAmount(BigDecimal paymentAmount) { this.paymentAmount = paymentAmount; }
    public LocalDate getPaymentDate() { return paymentDate; }
    public void setPaymentDate(LocalDate paymentDate) { this.paymentDate = paymentDate; }
    public String getPaymentReceipt() { return paymentReceipt; }
    public void setPaymentReceipt(String paymentReceipt) { this.paymentReceipt = paymentReceipt; }
    public int[] getWithheldRows() { return java.util.stream.IntStream.range(0, WITHHELD_ROWS).toArray(); }
    public String[] getWithheldTexts() { return withheldTexts; }
    public NonDisclosureGround[] getWithheldGrounds() { return withheldGrounds; }
    public String getThirdParty() { return thirdParty; }
    public void setThirdParty(String thirdParty) { this.thirdParty = thirdParty; }
    public boolean isReleasePrivately() { return releasePrivately; }
    public void setReleasePrivately(boolean releasePrivately) { this.releasePrivately = releasePrivately; }
    public Part getReleaseFile() { return releaseFile; }
    public void setReleaseFile(Part releaseFile) { this.releaseFile = releaseFile; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public CaseView getView() { return view; }
    public List<Target> getTargets() { return targets; }
    public DecisionKind[] getDecisions() { return DecisionKind.values(); }
    public NonDisclosureGround[] getAllGrounds() { return NonDisclosureGround.values(); }

    /** The decision's grounds as short options ("제9조제1항 제6호") for the withheld parts. */
    public List<SelectItem> getWithheldGroundOptions() {
        return view.request().grounds().stream()
                .map(g -> new SelectItem(g, Messages.format("disclosure.request.groundShort", g.number()))).toList();
    }
    public ObjectionOutcome[] getOutcomes() { return ObjectionOutcome.values(); }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public Long getTransferTo() { return transferTo; }
    public void setTransferTo(Long transferTo) { this.transferTo = transferTo; }
    public String getTransferReason() { return transferReason; }
    public void setTransferReason(String transferReason) { this.transferReason = transferReason; }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String extensionReason) { this.extensionReason = extensionReason; }
    public DecisionKind getDecision() { return decision; }
    public void setDecision(DecisionKind decision) { this.decision = decision; }
    public NonDisclosureGround[] getGrounds() { return grounds.clone(); }
    public void setGrounds(NonDisclosureGround[] grounds) { this.grounds = grounds == null ? new NonDisclosureGround[0] : grounds.clone(); }
    public String getDecisionText() { return decisionText; }
    public void setDecisionText(String decisionText) { this.decisionText = decisionText; }
    public String getObjectionExtensionReason() { return objectionExtensionReason; }
    public void setObjectionExtensionReason(String r) { this.objectionExtensionReason = r; }
    public ObjectionOutcome getOutcome() { return outcome; }
    public void setOutcome(ObjectionOutcome outcome) { this.outcome = outcome; }
    public String getOutcomeText() { return outcomeText; }
    public void setOutcomeText(String outcomeText) { this.outcomeText = outcomeText; }
}
