package org.madang.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.platform.error.InvalidInput;
import org.madang.services.domain.IssuanceNumber;
import org.madang.services.domain.IssuedDocument;
import org.madang.services.domain.VerificationPeriod;
import org.madang.services.infrastructure.CertificateSheet;
import org.madang.services.infrastructure.IssuedDocumentRepository;
import org.madang.services.infrastructure.PdfCertificateRenderer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The mechanics of issuing, with no opinion on who may: number, dates, rendering, fingerprint,
 * storage. {@link CertificateIssuance#issue} decides who may issue and then calls this; the demo
 * data loader calls it at start-up, when nobody is signed in. Nothing else should.
 *
 * <p>Everything about the holder comes from the {@link IssueRequest} argument and flows through
 * local variables only: this bean holds configuration and collaborators, never a document.
 */
@ApplicationScoped
public class DocumentIssuer {
    static final int NUMBER_ATTEMPTS = 5;

    @Inject
    IssuedDocumentRepository documents;
    @Inject
    PdfCertificateRenderer renderer;
    @Inject
    OrganisationDirectory organisations;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "MADANG_VERIFICATION_DAYS", defaultValue = "90")
    int verificationDays;
    @Inject
    @ConfigProperty(name = "MADANG_PUBLIC_URL", defaultValue = "http://localhost:9080")
    String publicUrl;
    @Inject
    ZoneId zone;

    /** Issues and stores one document; the caller has already decided that this issuance is allowed. */
    public IssuedDocumentView issue(IssueRequest request) {
        var issuer = organisations.departments().stream().filter(d -> d.id() == request.issuingDepartmentId())
                .findFirst().orElseThrow(() -> new InvalidInput("services.certificate.departmentUnknown"));
        Instant now = Instant.now(clock);
        IssuedDocument.Draft draft = IssuedDocument.Draft.of(freshNumber(), request.applicationNumber(),
                request.holderAccountId(), request.issuingDepartmentId(), request.documentTypeKey(),
                request.titleKo(), request.titleEn(), request.language(), now,
                VerificationPeriod.ofDays(verificationDays));
        CertificateSheet sheet = new CertificateSheet(draft.number().toString(), request.language(),
                request.titleKo(), request.titleEn(), request.holderName(),
                request.lines().stream().map(l -> new CertificateSheet.Line(l.labelKo(), l.labelEn(), l.value()))
                        .toList(),
                request.applicationNumber(), issuer.agencyNameKo() + " " + issuer.nameKo(),
                issuer.agencyNameEn() + ", " + issuer.nameEn(), draft.issuedAt(), draft.validUntil(), zoneId(),
                verificationUrl(draft.number()));
        IssuedDocument.Issued issued = draft.complete(renderer.render(sheet));
        documents.add(issued);
        return IssuedDocumentView.of(issued.document(), now);
    }

    ZoneId zoneId() {
        return zone;
    }

    /** The public link printed in the QR code: anyone who scans it lands on the verdict. */
    String verificationUrl(IssuanceNumber number) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/verify/?n=" + number.digits();
    }

    private IssuanceNumber freshNumber() {
        // 10^15 random numbers make a clash astronomically rare; the primary key would refuse one anyway
        for (int i = 0; i < NUMBER_ATTEMPTS; i++) {
            IssuanceNumber n = IssuanceNumber.random();
            if (!documents.exists(n)) {
                return n;
            }
        }
        throw new IllegalStateException("no free issuance number after " + NUMBER_ATTEMPTS + " attempts");
    }
}
