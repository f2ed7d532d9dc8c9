package org.madang.privacy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.AccountAdministration;
import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.MandateAdministration;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.privacy.PrivacyFixtures.Citizen;
import org.madang.services.ApplicationFixtures;
import org.madang.services.application.Applying;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;
import org.madang.privacy.application.AccessEmbargoes;
import org.madang.privacy.application.AccessLogQuery;
import org.madang.privacy.application.AccessQuestions;
import org.madang.privacy.application.AccountDeletion;
import org.madang.privacy.application.ConsentRequest;
import org.madang.privacy.application.Consents;
import org.madang.privacy.application.CorrectionRequests;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.MyDataExport;
import org.madang.privacy.application.MyPrivacy;
import org.madang.privacy.application.PersonalDataExport;
import org.madang.privacy.application.PrivacyViews;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;
import org.madang.tools.accesslogverify.VerifyAccessLog;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Citizens' control over their personal data, inside the running server with real sign-ins: every
 * read in the existing contexts lands in the log and shows to the citizen at once; ask why, routed
 * and answered with notices; embargoes; alerts; consents; the export; corrections; deletion; and
 * the chain export checked by the standalone verifier. Each test makes its own citizen.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyArquillianIT {
    private static final String ADMIN = "admin@madang.go.kr";
    private static final String PRIVACY = "privacy@madang.go.kr";
    private static final String AUDITOR = "auditor@madang.go.kr";
    private static final String DEMO = PrivacyFixtures.DEMO;

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    Applying applying;
    @Inject
    Catalogue catalogue;
    @Inject
    PrivacyFixtures db;
    @Inject
    Callers callers;
    @Inject
    AccountAdministration admin;
    @Inject
    MandateAdministration mandates;
    @Inject
    AccountSelfService self;
    @Inject
    MyPrivacy myPrivacy;
    @Inject
    AccessQuestions questions;
    @Inject
    AccessEmbargoes embargoes;
    @Inject
    Consents consents;
    @Inject
    MyDataExport export;
    @Inject
    CorrectionRequests corrections;
    @Inject
    AccountDeletion deletion;
    @Inject
    AccessLogQuery accessLog;

    private long reads(long subject, String purpose) {
        return db.number("select count(*) from personal_data_access where subject_account_id = ? and purpose_key = ?",
                subject, purpose);
    }

    private long notices(long recipient, String subjectKey) {
        return db.number("select count(*) from inbox_message where account_id = ? and subject_key = ?", recipient,
                subjectKey);
    }

    private List<PrivacyViews.AccessView> whoReadMyData(Citizen c) throws Exception {
        return callers.as(c.email(), c.password(), () -> myPrivacy.whoReadMyData(null, null, null, 0, 50).items());
    }

    private long openedByAdmin(Citizen c) throws Exception {
        callers.as(ADMIN, DEMO, () -> admin.open(c.id()));
        return db.number("select max(sequence) from personal_data_access where subject_account_id = ?", c.id());
    }

    @Test
    void everyPersonalDataReadInTheExistingContextsWritesALogRow() throws Exception {
        Citizen c = db.newCitizen("complete");
        callers.as(c.email(), c.password(), () -> self.requestMandate("220-81-12341", "(주)마당상사", null));

        callers.signIn(ADMIN, DEMO);
        admin.open(c.id());
        admin.search(c.email(), null);
        mandates.list(null);
        callers.signOut();

        assertThat(reads(c.id(), "purpose.admin.account")).as("opening the account").isOne();
        assertThat(reads(c.id(), "purpose.admin.accountSearch")).as("finding it in a search").isOne();
        assertThat(reads(c.id(), "purpose.admin.mandates")).as("listing mandates").isPositive();
        // the citizen reading their own data is not a read by someone else
        callers.as(c.email(), c.password(), () -> self.myAccount());
        assertThat(db.number("select count(*) from personal_data_access where subject_account_id = ? and actor = ?",
                c.id(), String.valueOf(c.id()))).isZero();
    }

    @Test
    void theCitizenSeesWhoReadTheirDataAtOnceInNames() throws Exception {
        Citizen c = db.newCitizen("seen");
        long sequence = openedByAdmin(c);

        List<PrivacyViews.AccessView> seen = whoReadMyData(c);

        assertThat(seen).hasSize(1);
        PrivacyViews.AccessView v = seen.get(0);
        assertThat(v.sequence()).isEqualTo(sequence);
        assertThat(v.reader().name()).isEqualTo("한지민");
        assertThat(v.reader().role()).isEqualTo("ADMIN");
        assertThat(v.reader().isPortalAdministration()).isTrue();
        assertThat(v.reader().agencyNameKo()).isEqualTo("행정안전부");
        assertThat(v.fields()).contains("name", "email", "birthDate");
        assertThat(v.purposeKey()).isEqualTo("purpose.admin.account");
        assertThat(v.ownApplication()).isFalse();
        // filters: by agency ("-" is portal administration) and by a period that excludes it
        assertThat(callers.as(c.email(), c.password(),
                () -> myPrivacy.whoReadMyData(null, null, "-", 0, 10).total())).isOne();
        assertThat(callers.as(c.email(), c.password(),
                () -> myPrivacy.whoReadMyData(null, null, "NTS", 0, 10).total())).isZero();
        assertThat(callers.as(c.email(), c.password(), () -> myPrivacy.whoReadMyData(
                v.occurredAt().plusSeconds(1), null, null, 0, 10).total())).isZero();
        // nobody reads another citizen's log through this service: it only ever answers for the caller
        Citizen other = db.newCitizen("other");
        assertThat(whoReadMyData(other)).isEmpty();
    }

    @Test
    void askWhyReachesThePrivacyOfficerWhoseAnswerReachesTheCitizen() throws Exception {
        Citizen c = db.newCitizen("ask");
        long sequence = openedByAdmin(c);
        long officer = db.accountId(PRIVACY);
        long before = notices(officer, "privacy.notice.questionAsked.subject");

        long id = callers.as(c.email(), c.password(), () -> questions.ask(sequence, "왜 제 계정을 보셨나요?"));
        assertThat(notices(officer, "privacy.notice.questionAsked.subject")).isEqualTo(before + 1);
        assertThatThrownBy(() -> callers.as(c.email(), c.password(), () -> questions.ask(sequence, "또 묻습니다")))
                .isInstanceOf(Conflict.class);
        assertThat(db.text("select agency_code from privacy_access_question where id = ?", id)).isEqualTo("MOIS");

        callers.signIn(PRIVACY, DEMO);
        assertThat(questions.forMyAgency()).extracting(PrivacyViews.QuestionSummary::id).contains(id);
        PrivacyViews.QuestionDetails d = questions.open(id);
        assertThat(d.question().question()).isEqualTo("왜 제 계정을 보셨나요?");
        questions.answer(id, "계정 잠금 해제 요청을 처리하면서 열람했습니다.");
        callers.signOut();

        assertThat(reads(c.id(), "privacy.purpose.answerQuestion")).as("opening the question is a read too").isOne();
        assertThat(notices(c.id(), "privacy.notice.questionAnswered.subject")).isOne();
        List<PrivacyViews.QuestionView> mine = callers.as(c.email(), c.password(), () -> questions.mine());
        assertThat(mine).singleElement().satisfies(q -> {
            assertThat(q.isAnswered()).isTrue();
            assertThat(q.answer()).startsWith("계정 잠금 해제");
            assertThat(q.answeredByName()).isEqualTo("오지현");
        });
        // only privacy officers answer, and only for their own agency
        assertThatThrownBy(() -> callers.as(ADMIN, DEMO, () -> questions.forMyAgency()))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anUnansweredQuestionBecomesOverdueForBothSides() throws Exception {
        Citizen c = db.newCitizen("overdue");
        long sequence = openedByAdmin(c);
        long id = callers.as(c.email(), c.password(), () -> questions.ask(sequence, "기한 시험"));
        db.update("update privacy_access_question set asked_at = now() - interval '11 days',"
                + " due_at = now() - interval '1 day' where id = ?", id);

        assertThat(callers.as(c.email(), c.password(), () -> questions.mine()))
                .singleElement().satisfies(q -> assertThat(q.overdue()).isTrue());
        assertThat(callers.as(PRIVACY, DEMO, () -> questions.forMyAgency()))
                .filteredOn(q -> q.id() == id).singleElement().satisfies(q -> assertThat(q.overdue()).isTrue());
    }

    @Test
    void anEmbargoedReadShowsOnlyAsACountUntilLifted() throws Exception {
        Citizen c = db.newCitizen("embargo");
        long sequence = openedByAdmin(c);
        openedByAdmin(c);

        long embargo = callers.as(AUDITOR, DEMO, () -> embargoes.flag(sequence, "감사-2026-99", "내부 감사"));

        assertThat(whoReadMyData(c)).extracting(PrivacyViews.AccessView::sequence).doesNotContain(sequence).hasSize(1);
        assertThat(callers.as(c.email(), c.password(), () -> myPrivacy.embargoedCount())).isOne();
        assertThatThrownBy(() -> callers.as(c.email(), c.password(), () -> questions.ask(sequence, "?")))
                .isInstanceOf(NotFound.class);
        PersonalDataExport withheld = callers.as(c.email(), c.password(), () -> export.export());
        assertThat(withheld.withheldAccesses()).isOne();
        assertThat(section(withheld, "accessLog").records()).hasSize(1);
        assertThatThrownBy(() -> callers.as(c.email(), c.password(), () -> embargoes.flag(sequence, "x", "y")))
                .isInstanceOf(EJBAccessException.class);

        callers.as(AUDITOR, DEMO, () -> {
            embargoes.lift(embargo);
            return null;
        });
        assertThat(whoReadMyData(c)).hasSize(2);
    }

    @Test
    void aCitizenWhoAskedForAlertsIsNotifiedOfReadsOutsideTheirApplications() throws Exception {
        Citizen quiet = db.newCitizen("quiet");
        openedByAdmin(quiet);
        assertThat(notices(quiet.id(), "privacy.notice.readAlert.subject")).as("alerts are off by default").isZero();

        Citizen c = db.newCitizen("alert");
        callers.as(c.email(), c.password(), () -> {
            myPrivacy.alertOnRead(true);
            return null;
        });
        openedByAdmin(c);

        assertThat(notices(c.id(), "privacy.notice.readAlert.subject")).isOne();
    }

    @Test
    void aWithdrawnConsentStopsTheNextUseAtOnce() throws Exception {
        Citizen c = db.newCitizen("consent");
        long id = callers.as(c.email(), c.password(), () -> consents.give(ConsentRequest.withdrawable(
                "document.residentRegistration", "MOHW", "purpose.application.pension", "APP-IT-1")));
        long kept = callers.as(c.email(), c.password(), () -> consents.give(ConsentRequest.requiredByLaw(
                "document.incomeProof", "NTS", "purpose.application.tax", null, "consent.basis.taxBasicAct")));

        callers.signIn("officer@madang.go.kr", DEMO);
        assertThat(consents.isActive(c.id(), "document.residentRegistration", "APP-IT-1")).isTrue();
        assertThat(consents.isActive(c.id(), "document.residentRegistration", "APP-IT-2")).isFalse();
        callers.signOut();

        callers.as(c.email(), c.password(), () -> {
            consents.withdraw(id);
            return null;
        });
        assertThat(consents.isActive(c.id(), "document.residentRegistration", "APP-IT-1")).isFalse();
        assertThatThrownBy(() -> consents.requireActive(c.id(), "document.residentRegistration", "APP-IT-1"))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> callers.as(c.email(), c.password(), () -> {
            consents.withdraw(kept);
            return null;
        })).isInstanceOf(Conflict.class);
        assertThat(consents.isActive(c.id(), "document.incomeProof", "APP-X")).isTrue();
        Citizen stranger = db.newCitizen("stranger");
        assertThatThrownBy(() -> callers.as(stranger.email(), stranger.password(), () -> {
            consents.withdraw(kept);
            return null;
        })).isInstanceOf(NotFound.class);
        assertThat(callers.as(c.email(), c.password(), () -> consents.mine())).hasSize(2);
    }

    @Test
    void theExportHoldsEverySectionOfTheCallersOwnData() throws Exception {
        Citizen c = db.newCitizen("export");
        openedByAdmin(c);
        callers.as(c.email(), c.password(), () -> consents.give(ConsentRequest.withdrawable(
                "document.familyRelation", "JONGNO", "purpose.application.childAllowance", "APP-IT-9")));

        String number = callers.as(c.email(), c.password(), () -> {
            ServiceView s = catalogue.findByCode("BUSINESS_REGISTRATION").orElseThrow();
            String draft = applying.startDraft(s.id());
            applying.saveDraft(draft, ApplicationFixtures.answers(catalogue.form(s.id())));
            applying.addAttachment(draft, "lease", "lease.pdf", ApplicationFixtures.PDF); // optional, given
            return applying.submit(draft).number();
        });

        PersonalDataExport e = callers.as(c.email(), c.password(), () -> export.export());

        assertThat(e.accountId()).isEqualTo(c.id());
        assertThat(e.sections()).extracting(ExportSection::id).contains("account", "verification", "mandates",
                "consents", "accessLog", "questions", "requests", "privacySettings", "inbox", "emails",
                "applications", "issuedDocuments");
        assertThat(section(e, "applications").records()).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("applicationNumber", number).containsEntry("applicationStatus", "SUBMITTED");
            assertThat((List<?>) r.get("timeline")).singleElement()
                    .satisfies(step -> assertThat(((Map<?, ?>) step).get("step")).isEqualTo("SUBMITTED"));
            assertThat((List<?>) r.get("attachments")).singleElement().satisfies(f -> {
                assertThat(((Map<?, ?>) f).get("fileName")).isEqualTo("lease.pdf");
                assertThat(((Map<?, ?>) f).get("mediaType")).isEqualTo("application/pdf");
            });
        });
        assertThat(section(e, "inbox").records()).anySatisfy(r -> assertThat((String) r.get("subject")).contains("사업자등록"));
        assertThat(section(e, "emails").records()).anySatisfy(r -> assertThat(r).containsEntry("toAddress", c.email()));
        assertThat(section(e, "account").records().get(0)).containsEntry("email", c.email())
                .doesNotContainKey("passwordHash");
        assertThat(section(e, "accessLog").records()).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("purpose", "purpose.admin.account"));
        assertThat(section(e, "consents").records()).hasSize(1);
    }

    @Test
    void aCorrectionIsDecidedByThePortalsPrivacyOfficerAndTheCitizenIsTold() throws Exception {
        Citizen c = db.newCitizen("correct");
        long officer = db.accountId(PRIVACY);
        long before = notices(officer, "privacy.notice.correctionRequested.subject");
        long id = callers.as(c.email(), c.password(), () -> corrections.request("region", "부산이 아니라 서울입니다."));
        assertThat(notices(officer, "privacy.notice.correctionRequested.subject")).isEqualTo(before + 1);

        callers.signIn(PRIVACY, DEMO);
        assertThat(corrections.toDecide()).extracting(PrivacyViews.RequestSummary::id).contains(id);
        assertThat(corrections.open(id).requestedChange()).contains("서울");
        corrections.accept(id, "거주 시·도를 서울로 정정했습니다.");
        callers.signOut();

        assertThat(reads(c.id(), "privacy.purpose.decideCorrection")).isOne();
        assertThat(notices(c.id(), "privacy.notice.correctionAccepted.subject")).isOne();
        assertThat(callers.as(c.email(), c.password(), () -> corrections.mine()))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("ACCEPTED"));
        assertThatThrownBy(() -> callers.as("officer@madang.go.kr", DEMO, () -> corrections.toDecide()))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void deletingMyAccountPseudonymisesItAtOnceAndKeepsWhatTheLawRequires() throws Exception {
        Citizen c = db.newCitizen("delete");
        openedByAdmin(c);
        callers.as(c.email(), c.password(), () -> consents.give(ConsentRequest.withdrawable(
                "document.residentRegistration", "MOHW", "purpose.application.pension", null)));
        callers.as(c.email(), c.password(), () -> self.requestMandate("214-86-01238", "민준커피", null));

        assertThatThrownBy(() -> callers.as(c.email(), c.password(), () -> {
            deletion.deleteMyAccount("wrong");
            return null;
        })).isInstanceOf(InvalidInput.class);
        callers.as(c.email(), c.password(), () -> {
            deletion.deleteMyAccount(c.password());
            return null;
        });

        assertThat(db.text("select name from account where id = ?", c.id())).isEqualTo("탈퇴한 회원 #" + c.id());
        assertThat(db.text("select email from account where id = ?", c.id()))
                .isEqualTo("closed-" + c.id() + "@account.invalid");
        assertThat(db.text("select status from account where id = ?", c.id())).isEqualTo("CLOSED");
        assertThat(db.text("select birth_date::text from account where id = ?", c.id())).isEqualTo("1987-01-01");
        assertThat(db.number("select count(*) from privacy_consent where account_id = ? and withdrawn_at is null",
                c.id())).isZero();
        assertThat(db.number("select count(*) from mandate where account_id = ? and status in ('REQUESTED',"
                + " 'APPROVED')", c.id())).isZero();
        assertThat(db.number("select count(*) from privacy_data_request where account_id = ? and kind = 'DELETION'"
                + " and status = 'COMPLETED'", c.id())).isOne();
        assertThat(db.number("select count(*) from personal_data_access where subject_account_id = ?", c.id()))
                .as("the access log is kept").isPositive();
        assertThatThrownBy(() -> callers.signIn(c.email(), c.password())).isInstanceOf(IllegalStateException.class);
        // an officer's account is closed by an administrator, not by its holder
        assertThat(callers.as("officer@madang.go.kr", DEMO, () -> deletion.refusal())).isPresent();
    }

    @Test
    void theExportedChainPassesTheStandaloneVerifier() throws Exception {
        openedByAdmin(db.newCitizen("chain"));
        StringWriter out = new StringWriter();
        callers.as(AUDITOR, DEMO, () -> {
            accessLog.exportChain(out);
            return null;
        });
        Path file = Files.createTempFile("chain", ".jsonl");
        try {
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            int status = VerifyAccessLog.run(new String[]{file.toString()}, new PrintStream(report, true,
                    StandardCharsets.UTF_8), System.err);
            assertThat(status).as(report.toString(StandardCharsets.UTF_8)).isEqualTo(VerifyAccessLog.INTACT);
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(db.number("select count(*) from audit_record where action = 'privacy.exportAccessLog'"))
                .isPositive();
    }

    private static ExportSection section(PersonalDataExport e, String id) {
        return e.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
