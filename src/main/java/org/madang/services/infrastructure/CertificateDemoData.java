package org.madang.services.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.identity.application.AccountDirectory;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.platform.persistence.DemoDataRequested;
import org.madang.services.application.DocumentIssuer;
import org.madang.services.application.IssueRequest;

import java.util.List;
import java.util.logging.Logger;

/**
 * Demo configuration only: one real issued document for the verified demo resident (이서연,
 * resident@madang.go.kr), rendered and stored like any other, so that "My documents" and the public
 * verification page have something to show before anyone has applied for anything. Idempotent:
 * it issues nothing if she already holds a document.
 */
@Stateless
public class CertificateDemoData {
    private static final Logger LOG = Logger.getLogger(CertificateDemoData.class.getName());
    static final String RESIDENT = "resident@madang.go.kr";

    @Inject
    AccountDirectory accounts;
    @Inject
    OrganisationDirectory organisations;
    @Inject
    IssuedDocumentRepository documents;
    @Inject
    DocumentIssuer issuer;

    /** After identity's demo data (default priority), which creates the resident. */
    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoDataRequested event) {
        var resident = accounts.accountIdOf(RESIDENT);
        var department = organisations.departments().stream()
                .filter(d -> "JONGNO".equals(d.agencyCode()) && "CIVIL".equals(d.code())).findFirst();
        if (resident.isEmpty() || department.isEmpty()) {
            LOG.info("demo resident or Jongno civil affairs department missing: no demo document");
            return;
        }
        if (!documents.heldBy(resident.get()).isEmpty()) {
            return;
        }
        var contact = accounts.contact(resident.get());
        issuer.issue(new IssueRequest("INSTANT-DEMO-0001", resident.get(), department.get().id(),
                "RESIDENT_REGISTRATION_COPY", "주민등록표 등본", "Certificate of Resident Registration",
                contact.name(), List.of(
                new IssueRequest.ContentLine("주소", "Address", "서울특별시 종로구 자하문로 94 (청운동)"),
                new IssueRequest.ContentLine("세대주", "Head of household", contact.name()),
                new IssueRequest.ContentLine("전입일", "Moved in on", "2021-03-02"),
                new IssueRequest.ContentLine("세대 구성", "Household members", "본인 1명 (the holder only)"),
                new IssueRequest.ContentLine("용도", "Purpose", "제출용 (for submission)")), "ko"));
        LOG.info("demo document issued to " + RESIDENT);
    }
}
