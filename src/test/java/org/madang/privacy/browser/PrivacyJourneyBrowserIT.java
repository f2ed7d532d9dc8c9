package org.madang.privacy.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madang.testsupport.Browser;
import org.madang.testsupport.Texts;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.privacy.browser.PrivacySteps.DEMO_PASSWORD;
import static org.madang.privacy.browser.PrivacySteps.accessible;
import static org.madang.privacy.browser.PrivacySteps.follow;
import static org.madang.privacy.browser.PrivacySteps.submit;

/**
 * Issue 5's journeys in two real Chromiums, a citizen's and a civil servant's: an administrator
 * opens the citizen's account and the citizen sees it on /my/privacy on the very next load; the
 * citizen asks why, the privacy officer answers, the citizen is notified; the export holds every
 * section; an embargoed read shows only as a count; correction and deletion. axe-core on every
 * privacy page, desktop and phone.
 */
class PrivacyJourneyBrowserIT {
    @RegisterExtension
    static final Browser citizen = new Browser();
    @RegisterExtension
    static final Browser staff = new Browser();

    private static final Texts KO = Texts.of("ko");
    private static final Properties MSG = PrivacySteps.messages("ko");

    /**
     * The administrator finds the citizen (a logged search) and opens their account (a logged
     * opening): two reads. Returns when the account page has loaded.
     */
    private static void adminOpens(String email) {
        staff.open("/admin/accounts.xhtml?q=" + email);
        follow(staff, staff.find("#accounts a"));
        assertThat(staff.currentPath()).startsWith("/admin/account.xhtml");
    }

    private static List<WebElement> reads() {
        return citizen.findAll("#reads > li");
    }

    @Test
    void aReadIsSeenAtOnceAskedAboutAnsweredAndNotified() {
        String email = PrivacySteps.uniqueEmail("journey");
        PrivacySteps.registerAndSignIn(citizen, "박열람", email, "Journey!2026");
        citizen.open("/my/privacy/");
        assertThat(citizen.text("h1")).isEqualTo(KO.get("privacy.my.title"));
        assertThat(reads()).isEmpty();
        accessible(citizen);

        PrivacySteps.signIn(staff, "admin@madang.go.kr", DEMO_PASSWORD);
        adminOpens(email);
        long readDone = System.currentTimeMillis();
        citizen.open("/my/privacy/");
        long served = ((Number) citizen.driver().executeScript("return performance.timing.responseStart")).longValue();
        // the very first load after the read shows it (the log is written in the read's own transaction),
        // and the server had that page out within a second of the read
        assertThat(reads()).hasSize(2);
        assertThat(served - readDone).as("ms from the read to the citizen's page being served").isLessThan(1000);
        WebElement read = reads().get(0); // newest first: the opening, after the search
        assertThat(read.getText()).contains("한지민", KO.get("role.ADMIN"), KO.get("purpose.admin.account"),
                KO.get("privacy.field.email"), KO.get("privacy.my.reads.application.other"));
        accessible(citizen);

        // filters: the agency list names who read; a period before today shows nothing
        assertThat(citizen.findAll("#filter\\:agency option")).hasSize(2);
        citizen.driver().executeScript("arguments[0].value = '2020-01-01'", citizen.byId("filter:to"));
        submit(citizen, "filter:search");
        assertThat(citizen.currentPath()).contains("to=2020-01-01");
        assertThat(reads()).isEmpty();
        assertThat(citizen.text("#noReads")).isEqualTo(KO.get("privacy.my.reads.empty"));

        citizen.open("/my/privacy/");
        follow(citizen, citizen.find("#reads a[id^=ask-]"));
        assertThat(citizen.currentPath()).startsWith("/my/privacy/ask.xhtml");
        accessible(citizen);
        citizen.fill("question", "어떤 업무 때문에 제 계정을 보셨는지 알고 싶습니다.");
        submit(citizen, "send");
        assertThat(citizen.currentPath()).startsWith("/my/privacy/questions.xhtml");
        assertThat(citizen.text(".ui-messages-info")).isNotBlank();
        assertThat(citizen.text(".question")).contains(KO.get("privacy.questions.status.open"));
        accessible(citizen);

        PrivacySteps.signOut(staff);
        PrivacySteps.signIn(staff, "privacy@madang.go.kr", DEMO_PASSWORD);
        staff.open("/office/privacy/");
        assertThat(staff.text("h1")).isEqualTo(KO.get("privacy.office.title"));
        accessible(staff);
        String questionId = citizen.find(".question").getAttribute("id").substring("question-".length());
        follow(staff, staff.find("#questions a[href$='id=" + questionId + "']"));
        assertThat(staff.text("#questionText")).contains("어떤 업무 때문에");
        accessible(staff);
        staff.fill("answer", "계정 잠금 해제 요청을 처리하며 본인 확인을 위해 열람했습니다.");
        submit(staff, "sendAnswer");
        assertThat(staff.currentPath()).startsWith("/office/privacy/");
        assertThat(staff.text(".ui-messages-info")).isNotBlank();
        accessible(staff);

        citizen.open("/my/privacy/questions.xhtml");
        assertThat(citizen.text(".question")).contains(KO.get("privacy.questions.status.answered"),
                "계정 잠금 해제 요청을 처리하며", "오지현");
        citizen.open("/my/inbox.xhtml");
        assertThat(citizen.text("main")).contains(MSG.getProperty("privacy.notice.questionAnswered.subject"));
        // the privacy officer's opening of the question is itself a read the citizen sees
        citizen.open("/my/privacy/");
        assertThat(citizen.text("#reads")).contains(KO.get("privacy.purpose.answerQuestion"), "오지현");
    }

    @Test
    void theExportHoldsEverySectionAndAnEmbargoedReadIsOnlyCounted() {
        String email = PrivacySteps.uniqueEmail("export");
        PrivacySteps.registerAndSignIn(citizen, "최내보", email, "Export!2026");
        PrivacySteps.signIn(staff, "admin@madang.go.kr", DEMO_PASSWORD);
        adminOpens(email);
        adminOpens(email);

        citizen.open("/my/privacy/data.xhtml");
        accessible(citizen);
        String json = PrivacySteps.fetch(citizen, citizen.byId("downloadJson").getAttribute("href"));
        assertThat(json).startsWith("200\n").contains("\"format\": \"madang-personal-data\"", "\"email\": \"" + email + "\"");
        for (String section : List.of("account", "verification", "mandates", "consents", "accessLog", "questions",
                "requests", "privacySettings", "inbox", "emails", "applications", "issuedDocuments")) {
            assertThat(json).as("section " + section).contains("\"" + section + "\": [");
        }
        citizen.open("/api/privacy/my/data.html");
        assertThat(citizen.text("h1")).isEqualTo(KO.get("privacy.export.html.title"));
        for (String title : List.of("account", "verification", "mandates", "consents", "accessLog", "questions",
                "requests", "privacySettings", "inbox", "emails", "applications", "issuedDocuments")) {
            assertThat(citizen.text("#" + title + " h2")).isEqualTo(KO.get("privacy.export.section." + title));
        }
        assertThat(citizen.findAll("#accessLog dl")).as("two searches, two openings").hasSize(4);
        accessible(citizen);

        citizen.open("/my/privacy/");
        String sequence = reads().get(0).getAttribute("id").substring("access-".length());
        PrivacySteps.signOut(staff);
        PrivacySteps.signIn(staff, "auditor@madang.go.kr", DEMO_PASSWORD);
        staff.open("/audit/embargoes.xhtml");
        accessible(staff);
        staff.fill("sequence", sequence).fill("caseReference", "감사-2026-041").fill("reason", "내부 감사 진행 중");
        submit(staff, "flag");
        assertThat(staff.text("#liftForm")).contains("감사-2026-041");
        accessible(staff);

        citizen.open("/my/privacy/");
        assertThat(reads()).hasSize(3);
        assertThat(citizen.findAll("#access-" + sequence)).isEmpty();
        assertThat(citizen.text("#withheld")).contains("1건");
        accessible(citizen);
        String withheld = PrivacySteps.fetch(citizen, "/api/privacy/my/data.json");
        assertThat(withheld).contains("\"withheldAccesses\": 1").doesNotContain("\"sequence\": " + sequence + ",");

        staff.open("/audit/access-log.xhtml");
        assertThat(staff.text("#chainHead")).isNotBlank();
        assertThat(staff.byId("exportChain").getAttribute("href")).endsWith("/api/privacy/access-log/chain.jsonl");
        String chain = PrivacySteps.fetch(staff, "/api/privacy/access-log/chain.jsonl");
        assertThat(chain).startsWith("200\n{\"format\":\"madang-access-log-chain\"");
        accessible(staff);
    }

    @Test
    void correctionDeletionAndConsentPagesWork() {
        String email = PrivacySteps.uniqueEmail("delete");
        PrivacySteps.registerAndSignIn(citizen, "정정삭", email, "Delete!2026");
        citizen.open("/my/privacy/consents.xhtml");
        assertThat(citizen.text("#noConsents")).isEqualTo(KO.get("consent.my.empty"));
        accessible(citizen);

        citizen.open("/my/privacy/requests.xhtml");
        accessible(citizen);
        new org.openqa.selenium.support.ui.Select(citizen.byId("field")).selectByValue("region");
        citizen.fill("change", "대구가 아니라 대전입니다.");
        submit(citizen, "sendCorrection");
        assertThat(citizen.text(".request")).contains(KO.get("privacy.requests.status.OPEN"));
        accessible(citizen);

        PrivacySteps.signIn(staff, "privacy@madang.go.kr", DEMO_PASSWORD);
        staff.open("/office/privacy/requests.xhtml");
        accessible(staff);
        String requestId = citizen.find(".request").getAttribute("id").substring("request-".length());
        follow(staff, staff.find("#requests a[href$='id=" + requestId + "']"));
        assertThat(staff.text("#requestedChange")).contains("대전");
        accessible(staff);
        staff.fill("note", "거주 시·도를 대전으로 정정했습니다.");
        submit(staff, "accept");
        assertThat(staff.currentPath()).startsWith("/office/privacy/requests.xhtml");

        citizen.open("/my/privacy/requests.xhtml");
        assertThat(citizen.text(".request")).contains(KO.get("privacy.requests.status.ACCEPTED"), "대전으로 정정");
        follow(citizen, citizen.byId("toDelete"));
        assertThat(citizen.currentPath()).startsWith("/my/privacy/delete.xhtml");
        assertThat(citizen.text("#kept")).contains(KO.get("privacy.deletion.kept.accessLog"));
        accessible(citizen);
        citizen.fill("password", "wrong-password");
        citizen.byId("understood").click();
        submit(citizen, "deleteAccount");
        assertThat(citizen.text("#passwordError")).isEqualTo(MSG.getProperty("privacy.deletion.passwordWrong"));
        accessible(citizen);
        citizen.fill("password", "Delete!2026");
        if (!citizen.byId("understood").isSelected()) {
            citizen.byId("understood").click();
        }
        submit(citizen, "deleteAccount");
        assertThat(citizen.currentPath()).isIn("/", "/index.xhtml");
        assertThat(citizen.findAll("#signOutForm")).as("signed out").isEmpty();
        assertThat(citizen.text(".ui-messages-info")).isEqualTo(MSG.getProperty("privacy.deletion.done"));

        PrivacySteps.signIn(citizen, email, "Delete!2026");
        assertThat(citizen.currentPath()).as("the deleted account cannot sign in").startsWith("/login.xhtml");
    }
}
