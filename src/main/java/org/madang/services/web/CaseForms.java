package org.madang.services.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the case page's action forms hold between the postback and the service call. */
public class CaseForms implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long officer;
    private String note;
    private String supplementReason;
    private String rejectionGround;
    private String rejectionText;
    private Long transferDepartment;
    private String transferReason;
    private String delayReason;
    private Integer extensionAmount;
    private String extensionReason;
    private BigDecimal paymentAmount;
    private LocalDate paymentDate;
    private String paymentReceipt;
    /** Irreversible decisions are ticked as meant before they are made. */
    private boolean approveConfirmed;
    private boolean rejectConfirmed;
    private boolean transferConfirmed;

    public boolean isApproveConfirmed() {
        return approveConfirmed;
    }

    public void setApproveConfirmed(boolean approveConfirmed) {
        this.approveConfirmed = approveConfirmed;
    }

    public boolean isRejectConfirmed() {
        return rejectConfirmed;
    }

    public void setRejectConfirmed(boolean rejectConfirmed) {
        this.rejectConfirmed = rejectConfirmed;
    }

    public boolean isTransferConfirmed() {
        return transferConfirmed;
    }

    public void setTransferConfirmed(boolean transferConfirmed) {
        this.transferConfirmed = transferConfirmed;
    }

    public Long getOfficer() { return officer; }
    public void setOfficer(Long v) { officer = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getSupplementReason() { return supplementReason; }
    public void setSupplementReason(String v) { supplementReason = v; }
    public String getRejectionGround() { return rejectionGround; }
    public void setRejectionGround(String v) { rejectionGround = v; }
    public String getRejectionText() { return rejectionText; }
    public void setRejectionText(String v) { rejectionText = v; }
    public Long getTransferDepartment() { return transferDepartment; }
    public void setTransferDepartment(Long v) { transferDepartment = v; }
    public String getTransferReason() { return transferReason; }
    public void setTransferReason(String v) { transferReason = v; }
    public String getDelayReason() { return delayReason; }
    public void setDelayReason(String v) { delayReason = v; }
    public Integer getExtensionAmount() { return extensionAmount; }
    public void setExtensionAmount(Integer v) { extensionAmount = v; }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String v) { extensionReason = v; }
    public BigDecimal getPaymentAmount() { return paymentAmount; }
    public void setPaymentAmount(BigDecimal v) { paymentAmount = v; }
    public LocalDate getPaymentDate() { return paymentDate; }
    public void setPaymentDate(LocalDate v) { paymentDate = v; }
    public String getPaymentReceipt() { return paymentReceipt; }
    public void setPaymentReceipt(String v) { paymentReceipt = v; }
}
