package org.madang.security;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.AccountAdministration;
import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.ApiTokens;
import org.madang.identity.application.MandateAdministration;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.domain.BusinessRegistrationNumber;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.VerificationLevel;
import org.madang.notification.application.Inbox;
import org.madang.notification.application.InboxEntry;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.Roles;
import org.madang.privacy.PrivacyFixtures;
import org.madang.privacy.PrivacyFixtures.Citizen;
import org.madang.privacy.application.AccessQuestions;
import org.madang.privacy.application.CorrectionRequests;
import org.madang.privacy.application.PrivacyViews;
import org.madang.services.ApplicationFixtures;
import org.madang.services.application.Applying;
import org.madang.services.application.Catalogue;
import org.madang.services.application.CertificateIssuance;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.FormDefinition;
import org.madang.services.application.IssueRequest;
import org.madang.services.application.IssuedDocumentView;
import org.madang.services.application.ServiceView;
import org.madang.services.bundle.application.BundleApplying;
import org.madang.services.bundle.application.BundleCatalogue;
import org.madang.services.bundle.application.BundleViews.BundleView;
import org.madang.services.bundle.application.BundleViews.PartSpec;
import org.madang.services.domain.FieldType;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;
import org.madang.testsupport.incontainer.Residents;
import org.madang.voting.application.ElectionAdministration;
import org.madang.voting.application.ElectionViews;
import org.madang.voting.application.Trusteeship;
import org.madang.voting.application.poll.PollAdministration;
import org.madang.voting.application.poll.PollForm;
import org.madang.voting.application.poll.PollViews;
import org.madang.voting.application.poll.TakingPart;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.security.PageSession.assertSameAnswer;

/**
 * Object-level access (IDOR) for every object a person owns, beyond applications and certificates
 * (ApplicationsArquillianIT, CertificateArquillianIT): inbox messages, issued documents and
 * attachments over HTTP, privacy questions and correction requests, bundle filings (service, page
 * and API with another business's token), poll participations and trustee slots. Each time the
 * owner succeeds, and someone else gets exactly what an unknown id gets: the same exception and
 * message key at the service, the same status and page over HTTP, with nothing of the object in it.
 * Every person here is made by the test; the demo accounts only act in their roles.
 */
@ExtendWith(ArquillianExtension.class)
class ObjectAccessArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String ADMIN = "admin@madang.go.kr";
    static final String OFFICER = "officer@madang.go.kr";
    static final String PRIVACY = "privacy@madang.go.kr";
    static final String ELECTION_ADMIN = "election@madang.go.kr";
    static final String REP = "business@madang.go.kr";
    static final long UNKNOWN_ID = 987_654_321L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    Callers callers;
    @Inject
    HttpServletRequest request;
    @Inject
    PrivacyFixtures db;
    @Inject
    Applying applying;
    @Inject
    Catalogue catalogue;
    @Inject
    Inbox inbox;
    @Inject
    CertificateIssuance issuance;
    @Inject
    OrganisationDirectory directory;
    @Inject
    AccountAdministration accounts;
    @Inject
    AccountSelfService self;
    @Inject
    MandateAdministration mandates;
    @Inject
    ApiTokens tokens;
    @Inject
    AccessQuestions questions;
    @Inject
    CorrectionRequests corrections;
    @Inject
    BundleApplying bundles;
    @Inject
    BundleCatalogue offer;
    @Inject
    PollAdministration polls;
    @Inject
    TakingPart takingPart;
    @Inject
    ElectionAdministration elections;
    @Inject
    Trusteeship trusteeship;
    @Inject
    Residents residents;

    // ---- helpers ----------------------------------------------------------------------------------

    String base() {
        return "http://localhost:" + request.getLocalPort();
    }

    PageSession browser(Citizen c) throws Exception {
        return PageSession.signedIn(base(), c.email(), c.password());
    }

    <T> T as(Citizen c, Callable<T> work) throws Exception {
        callers.signOut();
        return callers.as(c.email(), c.password(), work);
    }

    <T> T asDemo(String email, Callable<T> work) throws Exception {
        callers.signOut();
        return callers.as(email, DEMO, work);
    }

    /** The message key of what {@code call} throws, failing unless it is a BusinessException. */
    static String refusal(Callable<?> call) {
        try {
            call.call();
        } catch (BusinessException e) {
            return e.getClass().getSimpleName() + ":" + e.messageKey();
        } catch (Exception e) {
            throw new AssertionError("expected a refusal as a BusinessException, got " + e, e);
        }
        throw new AssertionError("expected a refusal, but the call succeeded");
    }

    /** A submitted application of the signed-in citizen: its receipt number. */
    String submitted(String code) {
        ServiceView s = catalogue.findByCode(code).orElseThrow();
        String draft = applying.startDraft(s.id());
        applying.saveDraft(draft, ApplicationFixtures.answers(catalogue.form(s.id())));
        for (String file : ApplicationFixtures.requiredFiles(catalogue.form(s.id()))) {
            applying.addAttachment(draft, file, file + ".pdf", ApplicationFixtures.PDF);
        }
        return applying.submit(draft).number();
    }

    /** A privacy officer of another agency than the portal's (customs), made for this test. */
    Citizen privacyOfficerOfCustoms() throws Exception {
        String email = "pcustoms." + System.nanoTime() + "@idor-it.example.kr";
        String password = "Customs!2026x";
        long dept = directory.departments().stream().filter(d -> d.code().equals("SEOUL_CUST")).findFirst()
                .orElseThrow().id();
        long id = asDemo(ADMIN, () -> {
            long created = accounts.createOfficer(email, "세관 개인정보 담당", LocalDate.of(1981, 3, 3), Region.SEOUL, dept,
                    false, password);
            accounts.grantRole(created, Roles.PRIVACY_OFFICER);
            return created;
        });
        return new Citizen(id, email, password);
    }

    /** A new citizen who represents a new business of their own, approved by the administrator. */
    Citizen representativeOfANewBusiness() throws Exception {
        Citizen c = db.newCitizen("rep");
        String number;
        do {
            String nine = String.format("%09d", ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
            number = nine + BusinessRegistrationNumber.checkDigit(nine);
        } while (!BusinessRegistrationNumber.isValid(number));
        String n = number;
        long mandate = as(c, () -> self.requestMandate(n, "남의상회 " + System.nanoTime() % 100_000, null));
        asDemo(ADMIN, () -> {
            mandates.approve(mandate);
            return null;
        });
        return c;
    }

    // ---- inbox ------------------------------------------------------------------------------------

    @Test
    void anotherPersonsInboxMessageIsAnsweredLikeAnUnknownOne() throws Exception {
        Citizen owner = db.newCitizen("inbox-owner");
        Citizen other = db.newCitizen("inbox-other");
        String number = as(owner, () -> submitted("VAT_RETURN"));
        InboxEntry mine = as(owner, () -> inbox.mine("ko")).stream()
                .filter(m -> m.subject().contains(number) || m.body().contains(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no notice of " + number + " in the owner's inbox"));

        String unknown = as(other, () -> refusal(() -> inbox.open(UNKNOWN_ID, "ko")));
        assertThat(unknown).startsWith("NotFound:");
        assertThat(as(other, () -> refusal(() -> inbox.open(mine.id(), "ko")))).isEqualTo(unknown);
        assertThat(as(other, () -> refusal(() -> {
            inbox.markUnread(mine.id());
            return null;
        }))).isEqualTo(unknown);
        assertThat(as(other, () -> refusal(() -> inbox.inboxOf(owner.id())))).startsWith("Forbidden:");
        assertThat(as(other, () -> inbox.mine("ko"))).extracting(InboxEntry::id).doesNotContain(mine.id());
        assertThat(db.number("select count(*) from inbox_message where id = ? and read_at is null", mine.id()))
                .as("someone else's attempt did not mark it read").isOne();

        PageSession stranger = browser(other);
        String known = "/my/inbox.xhtml?message=" + mine.id();
        String none = "/my/inbox.xhtml?message=" + UNKNOWN_ID;
        HttpResponse<String> theirs = stranger.get(known);
        assertSameAnswer("inbox page", theirs, String.valueOf(mine.id()), stranger.get(none), String.valueOf(UNKNOWN_ID));
        assertThat(theirs.body()).doesNotContain(number, owner.email());

        HttpResponse<String> own = browser(owner).get(known);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(number);
    }

    // ---- documents and attachments (the servlets decide) ------------------------------------------

    @Test
    void anotherPersonsDocumentAndAttachmentDownloadsAnswerLikeUnknownOnes() throws Exception {
        Citizen owner = db.newCitizen("doc-owner");
        Citizen other = db.newCitizen("doc-other");
        long tax = directory.departments().stream().filter(d -> d.agencyCode().equals("NTS") && d.code().equals("JONGNO_TAX"))
                .findFirst().orElseThrow().id();
        IssueRequest req = new IssueRequest("IT-" + System.nanoTime(), owner.id(), tax, "TAX_PAYMENT_CERTIFICATE",
                "납세증명서", "Tax Payment Certificate", "문서 주인",
                List.of(new IssueRequest.ContentLine("주소", "Address", "서울특별시 종로구 삼봉로 81")), "ko");
        IssuedDocumentView doc = asDemo(OFFICER, () -> issuance.issue(req));
        String n = doc.issuanceNumber();
        String unknownDoc = n.substring(0, n.length() - 4) + (n.endsWith("0000") ? "1111" : "0000");

        long[] file = new long[1];
        String draft = as(owner, () -> {
            ServiceView s = catalogue.findByCode("BUSINESS_REGISTRATION").orElseThrow();
            String d = applying.startDraft(s.id());
            file[0] = applying.addAttachment(d, "lease", "lease.png", ApplicationFixtures.PNG);
            return d;
        });

        PageSession stranger = browser(other);
        HttpResponse<String> theirDoc = stranger.get("/my/documents/download?n=" + n);
        assertSameAnswer("document download", theirDoc, n, stranger.get("/my/documents/download?n=" + unknownDoc), unknownDoc);
        assertThat(theirDoc.statusCode()).isEqualTo(404);
        assertThat(theirDoc.headers().firstValue("Content-Disposition")).isEmpty();
        HttpResponse<String> theirFile = stranger.get("/my/attachments/download?number=" + draft + "&id=" + file[0]);
        assertSameAnswer("attachment download", theirFile, String.valueOf(file[0]),
                stranger.get("/my/attachments/download?number=" + draft + "&id=" + UNKNOWN_ID), String.valueOf(UNKNOWN_ID));
        assertThat(theirFile.statusCode()).isEqualTo(404);
        HttpResponse<String> theirList = stranger.get("/my/documents.xhtml");
        assertThat(theirList.statusCode()).isEqualTo(200);
        assertThat(theirList.body()).doesNotContain(n);

        PageSession holder = browser(owner);
        HttpResponse<String> ownDoc = holder.get("/my/documents/download?n=" + n);
        assertThat(ownDoc.statusCode()).isEqualTo(200);
        assertThat(ownDoc.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
        assertThat(holder.get("/my/attachments/download?number=" + draft + "&id=" + file[0]).statusCode()).isEqualTo(200);
    }

    // ---- privacy questions and correction requests ------------------------------------------------

    @Test
    void anotherCitizensOrAgencysPrivacyQuestionIsAnsweredLikeAnUnknownOne() throws Exception {
        Citizen owner = db.newCitizen("q-owner");
        Citizen other = db.newCitizen("q-other");
        asDemo(ADMIN, () -> accounts.open(owner.id()));
        long sequence = db.number("select max(sequence) from personal_data_access where subject_account_id = ?", owner.id());
        String text = "왜 제 계정을 보셨나요? " + UUID.randomUUID();
        long id = as(owner, () -> questions.ask(sequence, text));

        // another citizen: not in their list, and asking about the owner's read is like asking about none
        assertThat(as(other, () -> questions.mine())).extracting(PrivacyViews.QuestionView::id).doesNotContain(id);
        String noEntry = as(other, () -> refusal(() -> questions.ask(UNKNOWN_ID, "x")));
        assertThat(as(other, () -> refusal(() -> questions.ask(sequence, "x")))).isEqualTo(noEntry);
        assertThatThrownBy(() -> as(other, () -> questions.open(id))).isInstanceOf(EJBAccessException.class);

        // a privacy officer of another agency: the same answer as for an unknown question, nothing read
        Citizen customs = privacyOfficerOfCustoms();
        String unknown = as(customs, () -> refusal(() -> questions.open(UNKNOWN_ID)));
        assertThat(unknown).startsWith("NotFound:");
        assertThat(as(customs, () -> refusal(() -> questions.open(id)))).isEqualTo(unknown);
        assertThat(as(customs, () -> refusal(() -> {
            questions.answer(id, "남의 기관 답변");
            return null;
        }))).isEqualTo(as(customs, () -> refusal(() -> {
            questions.answer(UNKNOWN_ID, "남의 기관 답변");
            return null;
        })));
        assertThat(as(customs, () -> questions.forMyAgency())).extracting(PrivacyViews.QuestionSummary::id)
                .doesNotContain(id);
        assertThat(db.number("select count(*) from personal_data_access where subject_account_id = ? and actor = ?",
                owner.id(), String.valueOf(customs.id()))).as("nothing of the owner was read").isZero();
        assertThat(db.text("select status from privacy_access_question where id = ?", id)).isEqualTo("OPEN");

        PageSession officer = browser(customs);
        HttpResponse<String> theirs = officer.get("/office/privacy/question.xhtml?id=" + id);
        assertSameAnswer("question page", theirs, String.valueOf(id),
                officer.get("/office/privacy/question.xhtml?id=" + UNKNOWN_ID), String.valueOf(UNKNOWN_ID));
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContain(text);

        // the owner's agency's officer reads it
        HttpResponse<String> own = PageSession.signedIn(base(), PRIVACY, DEMO).get("/office/privacy/question.xhtml?id=" + id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(text);
    }

    @Test
    void anotherCitizensOrAgencysCorrectionRequestIsAnsweredLikeAnUnknownOne() throws Exception {
        Citizen owner = db.newCitizen("c-owner");
        Citizen other = db.newCitizen("c-other");
        String change = "부산이 아니라 서울입니다 " + UUID.randomUUID();
        long id = as(owner, () -> corrections.request("region", change));

        assertThat(as(other, () -> corrections.mine())).extracting(PrivacyViews.RequestView::id).doesNotContain(id);
        assertThatThrownBy(() -> as(other, () -> corrections.open(id))).isInstanceOf(EJBAccessException.class);

        Citizen customs = privacyOfficerOfCustoms();
        String unknown = as(customs, () -> refusal(() -> corrections.open(UNKNOWN_ID)));
        assertThat(as(customs, () -> refusal(() -> corrections.open(id)))).isEqualTo(unknown);
        assertThat(as(customs, () -> refusal(() -> {
            corrections.reject(id, "남의 기관 결정");
            return null;
        }))).isEqualTo(unknown);
        assertThat(db.text("select status from privacy_data_request where id = ?", id)).isEqualTo("OPEN");

        PageSession officer = browser(customs);
        HttpResponse<String> theirs = officer.get("/office/privacy/request.xhtml?id=" + id);
        assertSameAnswer("correction page", theirs, String.valueOf(id),
                officer.get("/office/privacy/request.xhtml?id=" + UNKNOWN_ID), String.valueOf(UNKNOWN_ID));
        assertThat(theirs.statusCode()).isIn(403, 404);
        assertThat(theirs.body()).doesNotContain(change);

        // the portal's privacy officer decides it; an unknown id gets a 404 there, not an empty page
        PageSession portal = PageSession.signedIn(base(), PRIVACY, DEMO);
        HttpResponse<String> own = portal.get("/office/privacy/request.xhtml?id=" + id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(change);
        assertThat(portal.get("/office/privacy/request.xhtml?id=" + UNKNOWN_ID).statusCode()).isEqualTo(404);
    }

    // ---- bundle filings: service, page and API ----------------------------------------------------

    @Test
    void anotherRepresentativesFilingIsAnsweredLikeAnUnknownOneInPagesAndTheApi() throws Exception {
        String tradeName = "주인상회" + System.nanoTime() % 100_000;
        String number = asDemo(REP, () -> fileStartBusiness(tradeName));
        String unknown = number.substring(0, 9) + "999998-" + number.charAt(number.length() - 1);
        Citizen other = representativeOfANewBusiness();

        String notFound = as(other, () -> refusal(() -> bundles.myFiling("DRAFT-NOSUCHKEY00")));
        assertThat(notFound).contains("NotFound");
        assertThat(as(other, () -> refusal(() -> bundles.myFiling(number)))).isEqualTo(notFound);
        assertThat(as(other, () -> refusal(() -> bundles.withdraw(number)))).isEqualTo(notFound);
        assertThat(as(other, () -> bundles.myFilings())).extracting(f -> f.reference()).doesNotContain(number);

        PageSession stranger = browser(other);
        HttpResponse<String> page = stranger.get("/my/bundle.xhtml?number=" + number);
        assertSameAnswer("bundle page", page, number, stranger.get("/my/bundle.xhtml?number=" + unknown), unknown);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(tradeName);

        String theirToken = as(other, () -> tokens.issue("idor " + UUID.randomUUID(), Set.of("status:read"), 1).token());
        HttpResponse<String> api = PageSession.api(base(), "/bundles/applications/" + number, theirToken);
        HttpResponse<String> apiUnknown = PageSession.api(base(), "/bundles/applications/" + unknown, theirToken);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body().replace(number, "{id}")).isEqualTo(apiUnknown.body().replace(unknown, "{id}"));
        assertThat(api.body()).doesNotContain(tradeName, "SUBMITTED");

        String ownToken = asDemo(REP, () -> tokens.issue("idor " + UUID.randomUUID(), Set.of("status:read"), 1).token());
        HttpResponse<String> own = PageSession.api(base(), "/bundles/applications/" + number, ownToken);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(number);
    }

    /** Files the start-a-business bundle for the signed-in representative's business; its number. */
    String fileStartBusiness(String tradeName) {
        BundleView b = offer.findByCode("START_BUSINESS").orElseThrow();
        long business = self.businessesIRepresent().get(0).businessId();
        String key = bundles.start(b.id(), business);
        Map<String, String> shared = new LinkedHashMap<>();
        for (FieldDefinition f : b.sharedFields()) {
            shared.put(f.key(), switch (f.key()) {
                case "tradeName" -> tradeName;
                case "address" -> "서울특별시 종로구 세종대로 209";
                case "businessNumber" -> "220-81-12341";
                case "capital" -> "500000";
                default -> "박지훈";
            });
        }
        Map<Integer, Map<String, String>> parts = new HashMap<>();
        for (PartSpec p : b.parts()) {
            parts.put(p.position(), new LinkedHashMap<>(ApplicationFixtures.answers(new FormDefinition(p.service().id(),
                    p.ownFields()))));
        }
        bundles.saveDraft(key, shared, parts);
        for (PartSpec p : b.parts()) {
            for (FieldDefinition f : p.ownFields()) {
                if (f.required() && f.type() == FieldType.FILE) {
                    bundles.addAttachment(key, p.position(), f.key(), f.key() + ".pdf", ApplicationFixtures.PDF);
                }
            }
        }
        return bundles.submit(key).number();
    }

    // ---- polls --------------------------------------------------------------------------------------

    @Test
    void nobodyTakesPartForSomeoneElseOrSeesTheirParticipation() throws Exception {
        Citizen owner = verifiedResident("poll-owner");
        Citizen other = verifiedResident("poll-other");
        long poll = asDemo(ELECTION_ADMIN, () -> {
            long id = polls.create(new PollForm("POLL", "시험 여론조사 " + System.nanoTime(), "IDOR poll", "설명", "About",
                    null, null, Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofDays(1)), 1,
                    null, null));
            polls.addOption(id, "보기 1", "Answer 1", null, null, null);
            polls.addOption(id, "보기 2", "Answer 2", null, null, null);
            polls.open(id);
            return id;
        });
        PollViews.ReceiptGiven receipt = as(owner, () -> takingPart.participate(poll, List.of(1)));

        // the other resident's standing and list are their own; their taking part counts for them only
        assertThat(as(other, () -> takingPart.standing(poll).tookPart())).isFalse();
        assertThat(as(other, () -> takingPart.myPolls())).extracting(PollViews.PollView::id).doesNotContain(poll);
        PollViews.ReceiptGiven theirs = as(other, () -> takingPart.participate(poll, List.of(2)));
        assertThat(theirs.code()).isNotEqualTo(receipt.code());
        assertThat(as(other, () -> takingPart.standing(poll).tookPart())).isTrue();
        assertThat(as(owner, () -> takingPart.standing(poll).tookPart())).isTrue();
        assertThat(as(owner, () -> refusal(() -> takingPart.participate(poll, List.of(2))))).startsWith("Conflict:");
        assertThat(refusalOfUnknownPoll(other)).startsWith("NotFound:");

        // the receipt page shows a receipt only to the session that just took part
        PageSession stranger = browser(other);
        HttpResponse<String> page = stranger.get("/my/polls/receipt.xhtml?id=" + poll);
        assertThat(page.body()).doesNotContain(receipt.code(), receipt.digestKey());
        HttpResponse<String> list = stranger.get("/my/polls/");
        assertThat(list.body()).doesNotContain(receipt.code());
    }

    String refusalOfUnknownPoll(Citizen c) throws Exception {
        return as(c, () -> refusal(() -> takingPart.participate(UNKNOWN_ID, List.of(1))));
    }

    Citizen verifiedResident(String prefix) throws Exception {
        Citizen c = db.newCitizen(prefix);
        // the registry must know the person, under a number of their own (one identity, one account)
        String number = residents.add(db.text("select name from account where id = ?", c.id()), LocalDate.of(1987, 6, 15),
                Region.BUSAN);
        asDemo(ADMIN, () -> {
            accounts.changeVerification(c.id(), VerificationLevel.VERIFIED_RESIDENT, "object access test fixture", number);
            return null;
        });
        return c;
    }

    // ---- trustee slots --------------------------------------------------------------------------------

    @Test
    void anotherTrusteesSlotIsAnsweredLikeAnUnknownElection() throws Exception {
        Citizen trustee = db.newCitizen("trustee");
        Citizen other = db.newCitizen("not-trustee");
        String name = "IDOR 투표 " + System.nanoTime();
        String uuid = asDemo(ELECTION_ADMIN, () -> {
            String u = elections.create(name, "object access test", Instant.now().plus(Duration.ofDays(1)),
                    Instant.now().plus(Duration.ofDays(2)));
            elections.addQuestion(u, "Who?", List.of("Alice", "Bob"), 1, 1);
            elections.assignTrustee(u, trustee.email());
            return u;
        });
        String unknown = "NoSuchElection" + System.nanoTime() % 1000;

        assertThat(as(trustee, () -> trusteeship.mine(uuid).electionName())).isEqualTo(name);
        String notFound = as(other, () -> refusal(() -> trusteeship.mine(unknown)));
        assertThat(notFound).startsWith("NotFound:");
        assertThat(as(other, () -> refusal(() -> trusteeship.mine(uuid)))).startsWith("NotFound:");
        assertThat(as(other, () -> refusal(() -> trusteeship.electionJson(uuid)))).startsWith("NotFound:");
        assertThat(as(other, () -> refusal(() -> {
            trusteeship.uploadPublicKey(uuid, "{\"pok\":{},\"public_key\":\"1\"}");
            return null;
        }))).startsWith("NotFound:");
        assertThat(as(other, () -> trusteeship.mine())).extracting(ElectionViews.Trusteeship::uuid).doesNotContain(uuid);
        assertThat(db.number("select count(*) from voting_trustee t join voting_election e on e.id = t.election_id "
                + "where e.uuid = ? and t.public_key is not null", uuid)).as("no key was stored").isZero();

        PageSession stranger = browser(other);
        HttpResponse<String> page = stranger.get("/my/trustee.xhtml?election=" + uuid);
        assertSameAnswer("trustee page", page, uuid, stranger.get("/my/trustee.xhtml?election=" + unknown), unknown);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(name);

        HttpResponse<String> own = browser(trustee).get("/my/trustee.xhtml?election=" + uuid);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(name);
    }
}
