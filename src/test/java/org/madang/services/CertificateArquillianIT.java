package org.madang.services;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.services.application.CertificateIssuance;
import org.madang.services.application.DocumentFile;
import org.madang.services.application.IssuedDocumentView;
import org.madang.services.application.VerificationResult.Verdict;
import org.madang.services.domain.DocumentStatus;
import org.madang.services.domain.IssuanceNumber;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.services.CertificateFixtures.DEMO;
import static org.madang.services.CertificateFixtures.PASSWORD;

/**
 * Issued documents inside the running server: issuance as the holder and as the deciding officer,
 * who may download and who may not, revocation, expiry, public verification (page-free: the
 * service and the JSON API), and fifty citizens issuing at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateArquillianIT {
    private static final int CONCURRENT = 50;

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    CertificateIssuance issuance;
    @Inject
    AccountRegistration registration;
    @Inject
    OrganisationDirectory directory;
    @Inject
    Callers callers;
    @Inject
    HttpServletRequest request;
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    /**
     * The 2024 incident, as a test: fifty citizens, each signed in as themself on their own server
     * thread, issue at the same instant and then download at the same instant. Every PDF must carry
     * its own holder's name and number and nobody else's, and each download must be the holder's own.
     */
    @Test
    void fiftyConcurrentIssuancesGiveEachCitizenTheirOwnDocument() throws Exception {
        String run = CertificateFixtures.runTag();
        long department = CertificateFixtures.department(directory, "JONGNO", "CIVIL");
        List<CertificateFixtures.Citizen> citizens = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            citizens.add(CertificateFixtures.register(registration, CertificateFixtures.name(run, i)));
        }

        List<HttpResponse<byte[]>> issued = CertificateFixtures.all(probe(), citizens, c -> Map.of("action", "issue",
                "user", c.email(), "password", PASSWORD, "department", String.valueOf(department), "name", c.name(),
                "application", "IT-CONC-" + c.id(), "address", "서울특별시 종로구 " + c.name() + "길 1"));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            HttpResponse<byte[]> r = issued.get(i);
            assertThat(r.statusCode()).as("issue for %s", citizens.get(i).email()).isEqualTo(200);
            String[] answer = new String(r.body(), StandardCharsets.UTF_8).split("\n");
            assertThat(Long.parseLong(answer[1])).as("holder of the issued view").isEqualTo(citizens.get(i).id());
            numbers.add(answer[0]);
        }
        assertThat(numbers).doesNotHaveDuplicates();

        List<HttpResponse<byte[]>> downloads = CertificateFixtures.all(probe(), citizens, c -> Map.of("action",
                "download", "user", c.email(), "password", PASSWORD, "n", numbers.get(citizens.indexOf(c))));
        for (int i = 0; i < CONCURRENT; i++) {
            var c = citizens.get(i);
            HttpResponse<byte[]> r = downloads.get(i);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("X-Holder")).hasValue(String.valueOf(c.id()));
            String text = CertificateFixtures.text(r.body());
            assertThat(text).contains(c.name(), numbers.get(i), "서울특별시 종로구 " + c.name() + "길 1");
            for (int j = 0; j < CONCURRENT; j++) {
                if (j != i) {
                    assertThat(text).as("document of %s mentions %s", c.name(), citizens.get(j).name())
                            .doesNotContain(citizens.get(j).name()).doesNotContain(numbers.get(j));
                }
            }
            // the stored fingerprint is the fingerprint of exactly what the holder received
            var verdict = issuance.verify(numbers.get(i), r.body());
            assertThat(verdict.verdict()).isEqualTo(Verdict.VALID);
            assertThat(verdict.fileMatches()).isTrue();
        }
        assertThat(count("select count(*) from services_issued_document d join services_issued_document_file f"
                + " on f.issuance_number = d.issuance_number where d.holder_account_id <> f.holder_account_id"))
                .as("a file whose holder differs from its document's").isZero();

        // and one citizen asking for another's number gets nothing at all
        var other = CertificateFixtures.all(probe(), List.of(citizens.get(0)), c -> Map.of("action", "download",
                "user", c.email(), "password", PASSWORD, "n", numbers.get(1)));
        assertThat(other.get(0).statusCode()).isEqualTo(404);
    }

    @Test
    void anOfficerIssuesTheResultAndAnyoneCanVerifyItWithoutLearningWhoHoldsIt() throws Exception {
        var holder = citizen(0);
        long tax = CertificateFixtures.department(directory, "NTS", "JONGNO_TAX");
        var request = CertificateFixtures.request(holder.id(), holder.name(), tax);
        IssuedDocumentView view = callers.as("officer@madang.go.kr", DEMO, () -> issuance.issue(request));

        assertThat(view.holderAccountId()).isEqualTo(holder.id());
        assertThat(view.status()).isEqualTo(DocumentStatus.VALID);
        assertThat(view.validUntil()).isEqualTo(view.issuedAt().plus(Duration.ofDays(90)));
        assertThat(count("select count(*) from audit_record where action = 'certificate.issue' and target = ?1"
                + " and outcome = 'SUCCESS'", "document:" + view.issuanceNumber())).isOne();
        assertThat(count("select count(*) from personal_data_access where subject_account_id = ?1"
                + " and purpose_key = 'services.certificate.purpose.issue'", holder.id())).isOne();

        DocumentFile file = callers.as(holder.email(), PASSWORD, () -> issuance.download(view.issuanceNumber()));
        assertThat(CertificateFixtures.text(file.content()))
                .contains(holder.name(), "납세증명서", "없음 (none)", view.issuanceNumber(), request.applicationNumber());
        assertThat(callers.as(holder.email(), PASSWORD, issuance::myDocuments))
                .extracting(IssuedDocumentView::issuanceNumber).containsExactly(view.issuanceNumber());

        var valid = issuance.verify(view.issuanceNumber().replace("-", ""), file.content());
        assertThat(valid.verdict()).isEqualTo(Verdict.VALID);
        assertThat(valid.fileMatches()).isTrue();
        assertThat(valid.documentTypeKey()).isEqualTo("TAX_PAYMENT_CERTIFICATE");
        assertThat(valid.sha256()).isEqualTo(view.sha256());
        byte[] tampered = file.content();
        tampered[tampered.length / 2] ^= 0x20;
        assertThat(issuance.verify(view.issuanceNumber(), tampered).fileMatches()).isFalse();
        assertThat(issuance.verify(view.issuanceNumber(), null).fileMatches()).isNull();

        String json = get("/api/documents/" + view.issuanceNumber() + "/verification");
        assertThat(json).contains("\"verdict\":\"VALID\"", view.sha256(), "TAX_PAYMENT_CERTIFICATE")
                .doesNotContain(holder.name(), request.applicationNumber(), "삼봉로");
        Map<String, Object> fields;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            fields = jsonb.fromJson(json, new HashMap<String, Object>() { }.getClass().getGenericSuperclass());
        }
        assertThat(fields.keySet()).as("only the verdict fields, nothing about the holder")
                .containsOnly("verdict", "issuanceNumber", "wellFormed", "documentType", "titleKo", "titleEn",
                        "issuedOn", "sha256");
    }

    @Test
    void onlyTheHolderAndTheIssuingDepartmentGetTheFile() throws Exception {
        var holder = citizen(1);
        var stranger = citizen(2);
        long tax = CertificateFixtures.department(directory, "NTS", "JONGNO_TAX");
        String n = officerIssues(holder, tax);

        assertThatThrownBy(() -> callers.as(stranger.email(), PASSWORD, () -> issuance.download(n)))
                .isInstanceOf(NotFound.class);
        assertThat(callers.as(stranger.email(), PASSWORD, issuance::myDocuments)).isEmpty();
        assertThatThrownBy(() -> callers.as("officer2@madang.go.kr", DEMO, () -> issuance.departmentCopy(n)))
                .as("an officer of another department").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> callers.as("officer2@madang.go.kr", DEMO, () -> issuance.download(n)))
                .as("an officer's own-documents download").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> issuance.download(n)).as("anonymous").isInstanceOf(EJBAccessException.class);

        DocumentFile copy = callers.as("officer@madang.go.kr", DEMO, () -> issuance.departmentCopy(n));
        assertThat(copy.holderAccountId()).isEqualTo(holder.id());
        assertThat(count("select count(*) from personal_data_access where subject_account_id = ?1"
                + " and purpose_key = 'services.certificate.purpose.departmentCopy' and purpose_reference = ?2",
                holder.id(), n)).isOne();
    }

    @Test
    void nobodyIssuesInSomeoneElsesName() throws Exception {
        var holder = citizen(3);
        var other = citizen(4);
        long tax = CertificateFixtures.department(directory, "NTS", "JONGNO_TAX");
        var request = CertificateFixtures.request(holder.id(), holder.name(), tax);

        assertThatThrownBy(() -> callers.as(other.email(), PASSWORD, () -> issuance.issue(request)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> callers.as("officer2@madang.go.kr", DEMO, () -> issuance.issue(request)))
                .as("an officer of another department").isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> issuance.issue(request)).isInstanceOf(EJBAccessException.class);
        assertThat(count("select count(*) from services_issued_document where holder_account_id = ?1", holder.id()))
                .isZero();
        // the holder themself may (instant issuance of data the government already holds)
        assertThat(callers.as(holder.email(), PASSWORD, () -> issuance.issue(request)).holderAccountId())
                .isEqualTo(holder.id());
    }

    @Test
    void theIssuingDepartmentRevokesAndVerificationSaysSoAtOnce() throws Exception {
        var holder = citizen(5);
        long tax = CertificateFixtures.department(directory, "NTS", "JONGNO_TAX");
        String n = officerIssues(holder, tax);

        assertThatThrownBy(() -> callers.as(holder.email(), PASSWORD, () -> {
            issuance.revoke(n, "mine");
            return null;
        })).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> callers.as("officer2@madang.go.kr", DEMO, () -> {
            issuance.revoke(n, "not ours");
            return null;
        })).isInstanceOf(Forbidden.class);
        assertThat(issuance.verify(n, null).verdict()).isEqualTo(Verdict.VALID);

        callers.as("officer@madang.go.kr", DEMO, () -> {
            issuance.revoke(n, "잘못된 주소로 발급");
            return null;
        });
        assertThat(issuance.verify(n, null).verdict()).isEqualTo(Verdict.REVOKED);
        assertThat(get("/api/documents/" + n + "/verification")).contains("\"verdict\":\"REVOKED\"");
        assertThat(count("select count(*) from audit_record where action = 'certificate.revoke' and target = ?1"
                + " and outcome = 'SUCCESS'", "document:" + n)).isOne();
        assertThat(callers.as(holder.email(), PASSWORD, issuance::myDocuments).get(0).status())
                .isEqualTo(DocumentStatus.REVOKED);
        assertThatThrownBy(() -> callers.as("officer@madang.go.kr", DEMO, () -> {
            issuance.revoke(n, "again");
            return null;
        })).isInstanceOf(Conflict.class);
    }

    @Test
    void aDocumentExpiresAfterItsPeriodAndUnknownNumbersAreUnknown() throws Exception {
        var holder = citizen(6);
        long civil = CertificateFixtures.department(directory, "JONGNO", "CIVIL");
        var request = CertificateFixtures.request(holder.id(), holder.name(), civil);
        String n = callers.as(holder.email(), PASSWORD, () -> issuance.issue(request)).issuanceNumber();

        CertificateFixtures.age(n, 89);
        assertThat(issuance.verify(n, null).verdict()).isEqualTo(Verdict.VALID);
        CertificateFixtures.age(n, 2);
        assertThat(issuance.verify(n, null).verdict()).isEqualTo(Verdict.EXPIRED);

        String flipped = n.substring(0, n.length() - 1) + (char) ('0' + (n.charAt(n.length() - 1) - '0' + 1) % 10);
        var malformed = issuance.verify(flipped, null);
        assertThat(malformed.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(malformed.wellFormed()).isFalse();
        assertThat(malformed.documentTypeKey()).isNull();
        var unknown = issuance.verify(IssuanceNumber.random().toString(), null);
        assertThat(unknown.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(unknown.wellFormed()).isTrue();
        assertThat(get("/api/documents/not-a-number/verification")).contains("\"verdict\":\"UNKNOWN\"",
                "\"wellFormed\":false");
    }

    @Test
    void theVerificationApiIsDocumentedInOpenApi() throws Exception {
        // the test archive switches its own OpenAPI scan off; the real application at / documents the API
        String openapi = http(HttpRequest.newBuilder(URI.create(origin() + "/openapi")).GET().build()).body();
        assertThat(openapi).contains("/api/documents/{number}/verification", "DocumentVerification");
    }

    private CertificateFixtures.Citizen citizen(int i) {
        return CertificateFixtures.register(registration, CertificateFixtures.name(CertificateFixtures.runTag(), i));
    }

    /** officer@ (Jongno tax office) issues a tax certificate to {@code holder}; returns its number. */
    private String officerIssues(CertificateFixtures.Citizen holder, long department) throws Exception {
        return callers.as("officer@madang.go.kr", DEMO,
                () -> issuance.issue(CertificateFixtures.request(holder.id(), holder.name(), department)))
                .issuanceNumber();
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private String origin() {
        return "http://localhost:" + request.getLocalPort();
    }

    private URI probe() {
        return URI.create(origin() + request.getContextPath() + "/it/certificates");
    }

    private String get(String path) throws Exception {
        return http(HttpRequest.newBuilder(URI.create(origin() + request.getContextPath() + path))
                .header("Accept", "application/json").GET().build()).body();
    }

    private static HttpResponse<String> http(HttpRequest r) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
