package org.madang.disclosure.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.madang.platform.error.InvalidInput;

/**
 * What the requester asks for and how they want it. The lengths are the columns'; the web and
 * API edges check them first with the field's message, this is the last guard.
 */
@Embeddable
public class RequestDetails {
    public static final int SUBJECT_MAX = 300;
    public static final int TEXT_MAX = 4000;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;
    @Column(nullable = false, length = TEXT_MAX)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "wanted_form", nullable = false, length = 20)
    private RequestForm form;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Delivery delivery;
    @Column(name = "fee_waiver_reason", length = TEXT_MAX)
    private String feeWaiverReason;
    @Column(name = "subject_private", nullable = false)
    private boolean subjectPrivate;

    protected RequestDetails() {
    }

    /** A fee waiver is claimed by giving its reason (blank: none claimed). */
    public RequestDetails(String subject, String description, RequestForm form, Delivery delivery,
                          String feeWaiverReason, boolean subjectPrivate) {
        this.subject = required(subject, SUBJECT_MAX, "subject");
        this.description = required(description, TEXT_MAX, "description");
        if (form == null) {
            throw new InvalidInput("disclosure.request.form.required").onField("form");
        }
        if (delivery == null) {
            throw new InvalidInput("disclosure.request.delivery.required").onField("delivery");
        }
        this.form = form;
        this.delivery = delivery;
        this.feeWaiverReason = feeWaiverReason == null || feeWaiverReason.isBlank() ? null
                : required(feeWaiverReason, TEXT_MAX, "feeWaiverReason");
        this.subjectPrivate = subjectPrivate;
    }

    /** A stripped, non-blank text within its length, or the field's refusal. */
    public static String required(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("disclosure.request." + field + ".required").onField(field);
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new InvalidInput("disclosure.request.text.tooLong", max).onField(field);
        }
        return t;
    }

    public String getSubject() { return subject; }
    public String getDescription() { return description; }
    public RequestForm getForm() { return form; }
    public Delivery getDelivery() { return delivery; }
    public String getFeeWaiverReason() { return feeWaiverReason; }
    public boolean isFeeWaiverClaimed() { return feeWaiverReason != null; }
    public boolean isSubjectPrivate() { return subjectPrivate; }
}
