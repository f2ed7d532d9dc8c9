package org.madang.platform;

import org.junit.jupiter.api.Test;
import org.madang.testsupport.HttpSignIn;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page addresses with a missing, malformed or unknown parameter, as the people who may open those
 * pages: each answers the friendly 400 or 404 page, never an empty 200 page or a 500.
 */
class PageParametersHttpIT {
    private static final String BASE = System.getProperty("madang.url", "http://localhost:9080");

    private final List<String> wrong = new ArrayList<>();

    private void expectRefused(HttpSignIn who, String... paths) throws Exception {
        for (String path : paths) {
            // twice: a refusal is never kept for the next reader (KeptPages), nor given validators
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = who.get(path);
                if (r.statusCode() != 400 && r.statusCode() != 404) {
                    wrong.add(r.statusCode() + " " + path);
                }
                if (r.headers().firstValue("ETag").isPresent()
                        || r.headers().firstValue("Cache-Control").filter(c -> c.contains("public")).isPresent()) {
                    wrong.add("kept " + path);
                }
            }
        }
    }

    @Test
    void missingMalformedAndUnknownParametersAnswer400Or404() throws Exception {
        expectRefused(HttpSignIn.anonymous(BASE),
                "/performance/?service=NO_SUCH_SERVICE", "/performance/?agency=NOPE", "/performance/?department=99999999",
                "/services/service.xhtml", "/services/service.xhtml?id=abc", "/services/service.xhtml?id=99999999",
                "/services/service.xhtml?id=%00", "/vote/election.xhtml", "/vote/election.xhtml?id=no-such-election",
                "/polls/poll.xhtml", "/polls/poll.xhtml?id=abc", "/polls/poll.xhtml?id=99999999",
                "/knowledge/article.xhtml", "/knowledge/article.xhtml?id=abc", "/knowledge/article.xhtml?id=99999999",
                "/performance/tasks/?type=NO_SUCH_TYPE", "/performance/tasks/task.xhtml",
                "/performance/tasks/task.xhtml?id=abc", "/performance/tasks/task.xhtml?id=99999999");
        expectRefused(HttpSignIn.as(BASE, "citizen@madang.go.kr"),
                "/my/application.xhtml", "/my/application.xhtml?number=nope", "/my/apply/start.xhtml?service=abc",
                "/my/apply/start.xhtml?service=99999999", "/my/apply/form.xhtml", "/my/apply/form.xhtml?draft=nope",
                "/my/apply/check.xhtml?draft=nope", "/my/polls/take.xhtml?id=abc",
                "/my/polls/take.xhtml?id=99999999", "/my/privacy/ask.xhtml", "/my/privacy/ask.xhtml?entry=abc",
                "/my/privacy/ask.xhtml?entry=99999999", "/my/booth.xhtml?election=no-such-election",
                "/my/trustee.xhtml?election=no-such-election", "/my/survey.xhtml", "/my/survey.xhtml?number=nope");
        expectRefused(HttpSignIn.as(BASE, "business@madang.go.kr"),
                "/my/bundle.xhtml", "/my/bundle.xhtml?number=nope", "/my/bundle-form.xhtml?draft=nope",
                "/my/bundle-check.xhtml", "/my/bundle-check.xhtml?draft=nope");
        expectRefused(HttpSignIn.as(BASE, "officer@madang.go.kr"),
                "/office/case.xhtml", "/office/case.xhtml?number=nope", "/office/shared-document.xhtml?id=abc",
                "/office/knowledge/article.xhtml", "/office/knowledge/article.xhtml?id=abc",
                "/office/knowledge/article.xhtml?id=99999999", "/office/knowledge/edit.xhtml?id=99999999");
        expectRefused(HttpSignIn.as(BASE, "admin@madang.go.kr"),
                "/admin/account.xhtml", "/admin/account.xhtml?id=abc", "/admin/account.xhtml?id=99999999",
                "/office/performance/tasks/review.xhtml", "/office/performance/tasks/review.xhtml?id=abc",
                "/office/performance/tasks/review.xhtml?id=99999999",
                "/office/performance/tasks/evaluate.xhtml?id=99999999&year=2026",
                "/office/performance/tasks/evaluate.xhtml?id=1&year=1990");
        expectRefused(HttpSignIn.as(BASE, "supervisor@madang.go.kr"),
                "/office/performance/tasks/propose.xhtml?id=abc", "/office/performance/tasks/propose.xhtml?id=99999999");
        expectRefused(HttpSignIn.as(BASE, "privacy@madang.go.kr"),
                "/office/privacy/question.xhtml", "/office/privacy/question.xhtml?id=abc",
                "/office/privacy/request.xhtml?id=99999999");
        expectRefused(HttpSignIn.as(BASE, "election@madang.go.kr"),
                "/election-admin/election.xhtml?id=no-such-election", "/poll-admin/poll.xhtml?id=abc",
                "/poll-admin/poll.xhtml?id=99999999");
        assertThat(wrong).as("pages that did not answer 400 or 404").isEmpty();
    }
}
