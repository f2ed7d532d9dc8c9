package org.madang.disclosure.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.disclosure.request.application.NewRequest;
import org.madang.disclosure.request.application.RequestFiling;
import org.madang.disclosure.request.application.RequestViews.Business;
import org.madang.disclosure.request.application.RequestViews.Target;
import org.madang.disclosure.request.domain.Delivery;
import org.madang.disclosure.request.domain.RequestForm;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** /my/requests/new.xhtml: the request form; after filing, the request's page with its receipt number. */
@Named
@ViewScoped
public class NewRequestView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestFiling filing;

    private List<Target> departments = List.of();
    private List<Business> businesses = List.of();
    private Long department;
    private String subject;
    private String description;
    private RequestForm form;
    private Delivery delivery;
    private boolean feeWaiver;
    private String feeWaiverReason;
    private boolean subjectPrivate;
    private Long business;

    public void load() {
        departments = filing.departments();
        businesses = filing.myBusinesses();
    }

    public void file() throws IOException {
        String number = filing.file(new NewRequest(department == null ? -1 : department, subject, description, form,
                delivery, feeWaiver ? blankToSpace(feeWaiverReason) : null, subjectPrivate, business));
        Redirects.to("/my/requests/request.xhtml?number=" + number, "disclosure.request.filed", number);
    }

    /** A ticked waiver with no reason reaches the service as blank, which asks for the reason. */
    private static String blankToSpace(String s) {
        return s == null || s.isBlank() ? " " : s;
    }

    public List<Target> getDepartments() { return departments; }
    public List<Business> getBusinesses() { return businesses; }
    public RequestForm[] getForms() { return RequestForm.values(); }
    public Delivery[] getDeliveries() { return Delivery.values(); }
    public Long getDepartment() { return department; }
    public void setDepartment(Long department) { this.department = department; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public RequestForm getForm() { return form; }
    public void setForm(RequestForm form) { this.form = form; }
    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public boolean isFeeWaiver() { return feeWaiver; }
    public void setFeeWaiver(boolean feeWaiver) { this.feeWaiver = feeWaiver; }
    public String getFeeWaiverReason() { return feeWaiverReason; }
    public void setFeeWaiverReason(String feeWaiverReason) { this.feeWaiverReason = feeWaiverReason; }
    public boolean isSubjectPrivate() { return subjectPrivate; }
    public void setSubjectPrivate(boolean subjectPrivate) { this.subjectPrivate = subjectPrivate; }
    public Long getBusiness() { return business; }
    public void setBusiness(Long business) { this.business = business; }
}
