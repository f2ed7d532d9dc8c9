package org.madang.disclosure.request;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.disclosure.request.application.RequestFiling;
import org.madang.identity.application.ApiTokens;
import org.madang.platform.error.BusinessException;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.testsupport.incontainer.Db.count;
import static org.madang.testsupport.incontainer.Db.department;

/**
 * POST /api/open/requests: a citizen's own software files a disclosure request with a token of scope
 * requests:file, and gets the same request as the page would file; everything else is refused
 * without storing anything.
 */
@ExtendWith(ArquillianExtension.class)
class RequestApiArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String CITIZEN = "citizen@madang.go.kr";

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    ApiTokens tokens;
    @Inject
    RequestFiling filing;
    @Inject
    Callers callers;
    @Inject
    HttpServletRequest request;

    String token(Set<String> scopes) throws Exception {
        return callers.as(CITIZEN, DEMO, () -> tokens.issue("청구 프로그램 " + UUID.randomUUID(), scopes, 1).token());
    }

    HttpResponse<String> post(String token, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + request.getLocalPort()
                        + "/api/open/requests")).timeout(Duration.ofSeconds(60)).header("Accept-Language", "en")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String body(long department, String subject) {
        return "{\"departmentId\": " + department + ", \"subject\": \"" + subject + "\", \"description\": \""
                + subject + " 관련 문서 일체\", \"form\": \"ELECTRONIC_FILE\", \"delivery\": \"PORTAL\", "
                + "\"subjectPrivate\": false}";
    }

    static long requests(String subject) throws Exception {
        return count("select count(*) from disclosure_request where subject = ?", subject);
    }

    @Test
    void aCitizensSoftwareFilesTheSameRequestThePageWould() throws Exception {
        long dept = department("NTS", "JONGNO_TAX");
        String subject = "API 청구 " + UUID.randomUUID();
        HttpResponse<String> filed = post(token(Set.of("requests:file")), body(dept, subject));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonObject json = Json.createReader(new StringReader(filed.body())).readObject();
        String number = json.getString("number");
        assertThat(json.getString("log")).isEqualTo("/api/open/requests/" + number);
        assertThat(filed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(json.getString("log")));
        assertThat(callers.as(CITIZEN, DEMO, () -> filing.myRequests()))
                .anyMatch(r -> r.number().equals(number) && r.subject().equals(subject));
        assertThat(count("select count(*) from inbox_message where subject_key = ? and ? = any(arguments)",
                "disclosure.request.notice.received.subject", number)).isOne();
    }

    @Test
    void onlyATokenOfTheScopeFilesAndBadBodiesAreRefusedWithTheField() throws Exception {
        long dept = department("NTS", "JONGNO_TAX");
        String subject = "API 거절 " + UUID.randomUUID();
        String good = token(Set.of("requests:file"));

        assertThat(post(null, body(dept, subject)).statusCode()).as("no token").isEqualTo(403);
        assertThat(post(token(Set.of("status:read")), body(dept, subject)).statusCode()).as("another scope")
                .isEqualTo(403);
        assertThat(post(good.substring(0, good.length() - 4) + "AAAA", body(dept, subject)).statusCode())
                .as("forged").isEqualTo(401);

        HttpResponse<String> notJson = post(good, "청구합니다");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"field\":\"body\"").doesNotContain("Exception");
        HttpResponse<String> wrongType = post(good, body(dept, subject).replace("\"departmentId\": " + dept,
                "\"departmentId\": \"종로세무서\""));
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"departmentId\"", "must be a whole number");
        HttpResponse<String> unknownForm = post(good, body(dept, subject).replace("ELECTRONIC_FILE", "FAX"));
        assertThat(unknownForm.statusCode()).isEqualTo(400);
        assertThat(unknownForm.body()).contains("\"field\":\"form\"");
        HttpResponse<String> nul = post(good, body(dept, subject).replace("관련 문서", "관련\\u0000문서"));
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("\"field\":\"description\"");

        HttpResponse<String> noSubject = post(good, body(dept, subject).replace("\"subject\": \"" + subject + "\", ", ""));
        assertThat(noSubject.statusCode()).isEqualTo(422);
        assertThat(noSubject.body()).contains("\"field\":\"subject\"");
        HttpResponse<String> nowhere = post(good, body(-5, subject));
        assertThat(nowhere.statusCode()).isEqualTo(422);
        assertThat(nowhere.body()).contains("\"field\":\"department\"");

        assertThat(requests(subject)).as("nothing stored by a refused call").isZero();
    }

    @Test
    void aCitizenCannotLetATokenFileForABusiness() {
        assertThatThrownBy(() -> token(Set.of("bundles:file")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("identity.apiToken.scopeNotYours"));
    }
}
