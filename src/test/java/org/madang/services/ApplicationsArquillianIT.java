package org.madang.services;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.MadangPrincipal;
import org.madang.platform.storage.FileStores;
import org.madang.services.application.ApplicationAnswersInvalid;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.ApplicationViews.CaseSummary;
import org.madang.services.application.ApplicationViews.StepView;
import org.madang.services.application.ApplicationViews.Upload;
import org.madang.services.application.Applying;
import org.madang.services.application.CaseHandling;
import org.madang.services.application.CaseQueueFilter;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;
import org.madang.services.domain.ApplicationInputInvalid;
import org.madang.services.domain.ApplicationNotFound;
import org.madang.services.domain.ApplicationNumber;
import org.madang.services.domain.ApplicationStatus;
import org.madang.services.domain.ApplicationStatusConflict;
import org.madang.services.domain.ApplicationStep.Kind;
import org.madang.services.domain.CaseOutsideDepartment;
import org.madang.services.domain.PaymentOutstanding;
import org.madang.services.domain.PaymentReference;
import org.madang.services.domain.ProcessingClock;
import org.madang.services.domain.ProcessingPeriod;
import org.madang.services.infrastructure.AttachmentStore;
import org.madang.services.infrastructure.ProcessingCalendar;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.madang.testsupport.incontainer.Db.accountId;
import static org.madang.testsupport.incontainer.Db.count;
import static org.madang.testsupport.incontainer.Db.department;
import static org.madang.testsupport.incontainer.Db.ds;
import static org.madang.testsupport.incontainer.Db.row;
import static org.madang.testsupport.incontainer.Db.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Applications and case work inside the running server, through the EJB boundary and on the real
 * database: the state machine end to end, routing, the processing clock with the holiday table and
 * a supplement's pause, fees, instant issuance, attachments, who may do what, and the audit,
 * access-log and inbox rows each action must leave.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationsArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String CITIZEN = "citizen@madang.go.kr";
    static final String RESIDENT = "resident@madang.go.kr";
    static final String OFFICER = "officer@madang.go.kr";
    static final String OFFICER2 = "officer2@madang.go.kr";
    static final String SUPERVISOR = "supervisor@madang.go.kr";
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    Applying applying;
    @Inject
    CaseHandling cases;
    @Inject
    Catalogue catalogue;
    @Inject
    ProcessingCalendar calendar;
    @Inject
    AttachmentStore store;
    @Inject
    Callers callers;
    @Inject
    HttpServletRequest request;

    // ---- helpers --------------------------------------------------------------------------------

    /**
     * Signs in as a demo account and, as the web sign-in does, remembers its name and department
     * for the rest of the request (services that read the department from the session need it).
     */
    void as(String email) throws Exception {
        callers.signOut();
        callers.signIn(email, DEMO);
        Object[] row = row("select id, name, department_id from account where email = ?", email);
        CurrentUser.remember(request.getSession(true), new MadangPrincipal(((Number) row[0]).longValue(),
                (String) row[1], row[2] == null ? null : ((Number) row[2]).longValue()));
    }

    ServiceView service(String code) {
        return catalogue.findByCode(code).orElseThrow(() -> new AssertionError("no demo service " + code));
    }

    /** A filled, submitted application of the signed-in citizen for the service; its receipt number. */
    String submit(String code) {
        String draft = fill(code);
        return applying.submit(draft).number();
    }

    String fill(String code) {
        ServiceView s = service(code);
        String draft = applying.startDraft(s.id());
        applying.saveDraft(draft, ApplicationFixtures.answers(catalogue.form(s.id())));
        for (String file : ApplicationFixtures.requiredFiles(catalogue.form(s.id()))) {
            applying.addAttachment(draft, file, file + ".pdf", ApplicationFixtures.PDF);
        }
        return draft;
    }

    static long audited(String action, String number, String outcome) throws Exception {
        return count("select count(*) from audit_record where action = ? and target = ? and outcome = ?", action,
                "application:" + number, outcome);
    }

    static long notices(String number, String event) throws Exception {
        return count("select count(*) from inbox_message where subject_key = ? and ? = any(arguments)",
                "services.application.notice." + event + ".subject", number);
    }

    static List<Kind> kinds(ApplicationDetails d) {
        return d.steps().stream().map(StepView::kind).toList();
    }

    // ---- routing and the clock -------------------------------------------------------------------

    @Test
    void submissionRoutesToTheServicesDepartmentAndCountsDaysOnTheHolidayTable() throws Exception {
        as(CITIZEN);
        ServiceView vat = service("VAT_RETURN");
        String n = submit("VAT_RETURN");
        assertThat(ApplicationNumber.parse(n).toString()).isEqualTo(n);
        ApplicationDetails d = applying.myApplication(n);
        assertThat(d.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        long jongnoTax = department("NTS", "JONGNO_TAX");
        assertThat(vat.departmentId()).isEqualTo(jongnoTax);
        assertThat(count("select count(*) from application where number = ? and department_id = ?", n, jongnoTax)).isOne();
        assertThat(d.department("en")).contains("Jongno");

        // recounted here independently: 7 days, the first included, weekends and public_holiday rows skipped
        Set<LocalDate> holidays = new HashSet<>();
        try (Connection c = ds().getConnection(); ResultSet rs = c.createStatement().executeQuery("select day from public_holiday")) {
            while (rs.next()) {
                holidays.add(rs.getDate(1).toLocalDate());
            }
        }
        LocalDateTime received = LocalDateTime.ofInstant(d.clock().receivedAt(), SEOUL);
        LocalDate day = received.toLocalDate();
        if (!working(day, holidays) || !received.toLocalTime().isBefore(LocalTime.of(18, 0))) {
            do {
                day = day.plusDays(1);
            } while (!working(day, holidays));
        }
        for (int counted = 1; counted < 7; ) {
            day = day.plusDays(1);
            if (working(day, holidays)) {
                counted++;
            }
        }
        assertThat(d.clock().dueAt()).isEqualTo(day.atTime(18, 0).atZone(SEOUL).toInstant());
        assertThat(notices(n, "submitted")).isOne();

        as(OFFICER);
        assertThat(cases.queue(CaseQueueFilter.open())).extracting(CaseSummary::number).contains(n);
        as(OFFICER2);
        assertThat(cases.queue(CaseQueueFilter.open())).extracting(CaseSummary::number).doesNotContain(n);
    }

    private static boolean working(LocalDate d, Set<LocalDate> holidays) {
        return d.getDayOfWeek().getValue() < 6 && !holidays.contains(d);
    }

    @Test
    void theClockCountsWithTheHolidayTableAndItsSubstituteDays() throws Exception {
        assertThat(count("select count(*) from public_holiday where extract(year from day) in (2026, 2027)")).isEqualTo(43);
        assertThat(count("select count(*) from public_holiday where day = date '2026-03-02' and kind = 'SUBSTITUTE'")).isOne();
        assertThat(count("select count(*) from public_holiday where day = date '2026-05-01'")).as("노동절").isZero();
        ProcessingClock clock = calendar.clock();
        // 추석 9-24..26, 개천절 대체공휴일 10-05, 한글날 10-09
        assertThat(clock.dueDate(kst("2026-09-23T10:00"), ProcessingPeriod.days(10))).isEqualTo(kst("2026-10-12T18:00"));
        // immediately = 3 working hours: Fri 17–18, then 설날 2-06..08 and its substitute 2-09, Wed 09–11
        assertThat(clock.dueDate(kst("2027-02-05T17:00"), ProcessingPeriod.immediate())).isEqualTo(kst("2027-02-10T11:00"));
        // a pause over 추석 counts 2 h on Wed and 2 h on Mon
        Duration stopped = clock.workingTimeBetween(kst("2026-09-23T16:00"), kst("2026-09-28T11:00"));
        assertThat(stopped).isEqualTo(Duration.ofHours(4));
        assertThat(clock.addWorkingTime(kst("2026-09-23T18:00"), stopped)).isEqualTo(kst("2026-09-28T14:00"));
        // 성탄절 2027 falls on a Saturday: its substitute Monday 12-27 is skipped
        assertThat(clock.dueDate(kst("2027-12-24T17:00"), ProcessingPeriod.hours(2))).isEqualTo(kst("2027-12-28T10:00"));
    }

    static Instant kst(String t) {
        return LocalDateTime.parse(t).atZone(SEOUL).toInstant();
    }

    // ---- the state machine ----------------------------------------------------------------------

    @Test
    void aCaseGoesThroughSupplementAndApprovalWithTheClockStoppedMeanwhile() throws Exception {
        as(CITIZEN);
        String n = submit("BUSINESS_REGISTRATION");
        Instant due0 = applying.myApplication(n).clock().dueAt();

        as(OFFICER);
        cases.claim(n);
        assertThatThrownBy(() -> cases.requestSupplement(n, "  ")).isInstanceOf(BusinessException.class);
        cases.requestSupplement(n, "임대차계약서 사본을 첨부해 주세요.");

        as(CITIZEN);
        ApplicationDetails waiting = applying.myApplication(n);
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.AWAITING_SUPPLEMENT);
        assertThat(waiting.clock().isPaused()).isTrue();
        assertThat(waiting.supplementRequest().note()).isEqualTo("임대차계약서 사본을 첨부해 주세요.");
        assertThat(waiting.supplementRequest().officerName()).isEqualTo("최유진");
        applying.answerSupplement(n, "첨부합니다.", List.of(new Upload("임대차계약서.pdf", ApplicationFixtures.PDF)));

        ApplicationDetails resumed = applying.myApplication(n);
        assertThat(resumed.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(resumed.clock().isPaused()).isFalse();
        assertThat(resumed.attachments()).anySatisfy(f -> assertThat(f.fileName()).isEqualTo("임대차계약서.pdf"));
        Instant pausedAt = step(resumed, Kind.SUPPLEMENT_REQUESTED).at();
        Instant resumedAt = step(resumed, Kind.SUPPLEMENT_ANSWERED).at();
        ProcessingClock clock = calendar.clock();
        assertThat(resumed.clock().dueAt())
                .isCloseTo(clock.addWorkingTime(due0, clock.workingTimeBetween(pausedAt, resumedAt)), within(1, ChronoUnit.MILLIS));

        as(OFFICER);
        cases.approve(n);

        as(CITIZEN);
        ApplicationDetails done = applying.myApplication(n);
        assertThat(done.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(kinds(done)).containsExactly(Kind.SUBMITTED, Kind.CLAIMED, Kind.SUPPLEMENT_REQUESTED,
                Kind.SUPPLEMENT_ANSWERED, Kind.APPROVED);
        assertThat(done.steps()).allSatisfy(s -> assertThat(s.departmentKo()).isNotBlank());
        assertThat(step(done, Kind.APPROVED).officerName()).isEqualTo("최유진");
        assertThat(done.documents()).as("the result, issued by the certificate service").hasSize(1);
        assertThatThrownBy(() -> applying.withdraw(n)).isInstanceOf(ApplicationStatusConflict.class);

        for (String action : List.of("application.submit", "case.claim", "case.requestSupplement",
                "application.answerSupplement", "case.approve")) {
            assertThat(audited(action, n, "SUCCESS")).as(action).isOne();
        }
        for (String event : List.of("submitted", "underReview", "supplementRequested", "supplementAnswered", "approved")) {
            assertThat(notices(n, event)).as(event).isOne();
        }
    }

    static StepView step(ApplicationDetails d, Kind kind) {
        return d.steps().stream().filter(s -> s.kind() == kind).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void submissionListsEveryProblemAndTheCitizenWithdrawsBeforeADecisionOnly() throws Exception {
        as(CITIZEN);
        ServiceView vat = service("VAT_RETURN");
        String draft = applying.startDraft(vat.id());
        assertThatThrownBy(() -> applying.saveDraft(draft, Map.of("nonsense", "x"))).isInstanceOf(InvalidInput.class);
        applying.saveDraft(draft, Map.of("businessNumber", "12345"));
        assertThatThrownBy(() -> applying.submit(draft)).isInstanceOfSatisfying(ApplicationAnswersInvalid.class, e -> {
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.fieldKey()).isEqualTo("businessNumber");
                assertThat(p.messageKey()).isEqualTo("services.application.field.pattern");
            });
            assertThat(e.problems()).anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("services.application.field.required"));
        });
        assertThat(applying.myApplication(draft).status()).as("nothing filed").isEqualTo(ApplicationStatus.DRAFT);
        applying.saveDraft(draft, ApplicationFixtures.answers(catalogue.form(vat.id())));
        for (String file : ApplicationFixtures.requiredFiles(catalogue.form(vat.id()))) {
            applying.addAttachment(draft, file, file + ".pdf", ApplicationFixtures.PDF);
        }
        String n = applying.submit(draft).number();
        applying.withdraw(n);
        assertThat(applying.myApplication(n).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(notices(n, "withdrawn")).isOne();
        as(OFFICER);
        assertThatThrownBy(() -> cases.claim(n)).isInstanceOf(ApplicationStatusConflict.class);
        assertThat(cases.queue(CaseQueueFilter.open())).extracting(CaseSummary::number).doesNotContain(n);
    }

    @Test
    void aFeeMustBeRecordedAsPaidBeforeApproval() throws Exception {
        as(CITIZEN);
        String n = submit("SEAL_IMPRESSION");
        ApplicationDetails d = applying.myApplication(n);
        assertThat(d.payment()).isNotNull();
        assertThat(d.payment().amount()).isEqualByComparingTo("600");
        assertThat(PaymentReference.tryParse(d.payment().reference())).isPresent();
        assertThat(d.payment().virtualAccount()).endsWith(d.payment().reference().replace("-", "").substring(6));
        assertThat(d.payment().isSettled()).isFalse();

        as(OFFICER2);
        cases.claim(n);
        assertThatThrownBy(() -> cases.approve(n)).isInstanceOf(PaymentOutstanding.class);
        LocalDate today = LocalDate.now(SEOUL);
        assertThatThrownBy(() -> cases.recordPayment(n, new BigDecimal("500"), today, "R-1"))
                .isInstanceOfSatisfying(ApplicationInputInvalid.class, e -> assertThat(e.field()).isEqualTo("paymentAmount"));
        assertThatThrownBy(() -> cases.recordPayment(n, new BigDecimal("600"), today.plusDays(1), "R-1"))
                .isInstanceOfSatisfying(ApplicationInputInvalid.class, e -> assertThat(e.field()).isEqualTo("paymentDate"));
        cases.recordPayment(n, new BigDecimal("600"), today, "종로-0001");
        assertThatThrownBy(() -> cases.recordPayment(n, new BigDecimal("600"), today, "종로-0002"))
                .isInstanceOf(ApplicationStatusConflict.class);
        cases.approve(n);

        as(CITIZEN);
        ApplicationDetails paid = applying.myApplication(n);
        assertThat(paid.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(paid.payment().isSettled()).isTrue();
        assertThat(paid.payment().receipt()).isEqualTo("종로-0001");
        assertThat(kinds(paid)).contains(Kind.PAYMENT_RECORDED);
        assertThat(audited("case.approve", n, "REFUSED:services.case.payment.outstanding")).isOne();
        assertThat(audited("case.recordPayment", n, "SUCCESS")).isOne();
    }

    @Test
    void aVerifiedResidentGetsTheCertificateAtOnceOthersWaitForAnOfficer() throws Exception {
        as(RESIDENT);
        String n = submit("RESIDENT_REGISTRATION_COPY");
        ApplicationDetails d = applying.myApplication(n);
        assertThat(d.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(kinds(d)).containsExactly(Kind.SUBMITTED, Kind.APPROVED_AUTOMATICALLY);
        assertThat(d.documents()).singleElement().satisfies(doc ->
                assertThat(doc.documentTypeKey()).isEqualTo(service("RESIDENT_REGISTRATION_COPY").documentTypeKey()));

        as(CITIZEN); // not a verified resident
        String waiting = submit("RESIDENT_REGISTRATION_COPY");
        assertThat(applying.myApplication(waiting).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        as(OFFICER2);
        assertThat(cases.queue(CaseQueueFilter.open())).extracting(CaseSummary::number).contains(waiting);
    }

    @Test
    void aTransferMovesTheCaseToTheOtherDepartmentsQueue() throws Exception {
        as(CITIZEN);
        String n = submit("VAT_RETURN");
        long civil = department("JONGNO", "CIVIL");
        as(OFFICER);
        cases.claim(n);
        assertThatThrownBy(() -> cases.transfer(n, civil, " ")).isInstanceOf(BusinessException.class);
        cases.transfer(n, civil, "주소지 관할 민원실 소관입니다.");
        assertThatThrownBy(() -> cases.openCase(n)).isInstanceOf(CaseOutsideDepartment.class);

        as(OFFICER2);
        assertThat(cases.queue(CaseQueueFilter.open())).filteredOn(c -> c.number().equals(n))
                .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ApplicationStatus.TRANSFERRED));
        cases.claim(n);

        as(CITIZEN);
        ApplicationDetails d = applying.myApplication(n);
        assertThat(step(d, Kind.TRANSFERRED).note()).isEqualTo("주소지 관할 민원실 소관입니다.");
        assertThat(step(d, Kind.CLAIMED).officerName()).isEqualTo("강도윤");
        assertThat(d.assigneeName()).isEqualTo("강도윤");
        assertThat(notices(n, "transferred")).isOne();
    }

    @Test
    void onlyTheDepartmentsSupervisorReassignsAndOnlyToItsOfficers() throws Exception {
        as(CITIZEN);
        String n = submit("VAT_RETURN");
        long officer = accountId(OFFICER);
        as(OFFICER);
        assertThatThrownBy(() -> cases.reassign(n, officer)).isInstanceOf(EJBAccessException.class);
        as(SUPERVISOR);
        assertThatThrownBy(() -> cases.reassign(n, accountId(OFFICER2))).isInstanceOf(CaseOutsideDepartment.class);
        cases.reassign(n, officer);
        assertThat(cases.openCase(n).application().assigneeName()).isEqualTo("최유진");
        as(OFFICER);
        cases.requestSupplement(n, "신고 기간을 확인해 주세요.");
        assertThat(audited("case.reassign", n, "SUCCESS")).isOne();
        assertThat(notices(n, "assigned")).isOne();
    }

    @Test
    void anOverdueCaseIsMarkedDelayedAndExtendedOnceByAtMostItsPeriod() throws Exception {
        as(CITIZEN);
        String n = submit("VAT_RETURN");
        as(OFFICER);
        cases.claim(n);
        assertThatThrownBy(() -> cases.markDelayed(n, "아직 기한 전")).isInstanceOf(ApplicationStatusConflict.class);
        // the clock has run out: move the due date into the past, as a week of waiting would
        Instant past = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        update("update application set due_at = ? where number = ?", java.sql.Timestamp.from(past), n);
        assertThat(cases.queue(new CaseQueueFilter(null, null, true, false))).extracting(CaseSummary::number).contains(n);
        cases.markDelayed(n, "현장 확인 일정이 늦어지고 있습니다.");
        assertThatThrownBy(() -> cases.extend(n, 8, "너무 긴 연장")).isInstanceOf(ApplicationInputInvalid.class);
        cases.extend(n, 7, "관계기관 협의가 필요합니다.");
        assertThatThrownBy(() -> cases.extend(n, 1, "두 번째")).isInstanceOf(ApplicationStatusConflict.class);

        as(CITIZEN);
        ApplicationDetails d = applying.myApplication(n);
        assertThat(d.clock().isDelayed()).isTrue();
        assertThat(d.clock().delayReason()).isEqualTo("현장 확인 일정이 늦어지고 있습니다.");
        assertThat(d.clock().dueAt()).isEqualTo(calendar.clock().addWorkingTime(past, Duration.ofHours(56)));
        assertThat(kinds(d)).contains(Kind.DELAYED, Kind.EXTENDED);
        assertThat(notices(n, "delayed")).isOne();
        assertThat(notices(n, "extended")).isOne();
    }

    // ---- who may see and do what ------------------------------------------------------------------

    @Test
    void anOfficerOfAnotherDepartmentCanNeitherOpenNorActAndTheRefusalIsAudited() throws Exception {
        as(CITIZEN);
        String n = submit("VAT_RETURN");
        as(OFFICER2);
        long officer2 = accountId(OFFICER2);
        assertThatThrownBy(() -> cases.openCase(n)).isInstanceOf(CaseOutsideDepartment.class);
        assertThatThrownBy(() -> cases.claim(n)).isInstanceOf(CaseOutsideDepartment.class);
        assertThatThrownBy(() -> cases.addInternalNote(n, "남의 부서 메모")).isInstanceOf(CaseOutsideDepartment.class);
        assertThatThrownBy(() -> cases.requestSupplement(n, "보완")).isInstanceOf(CaseOutsideDepartment.class);
        assertThatThrownBy(() -> cases.approve(n)).isInstanceOf(CaseOutsideDepartment.class);
        assertThatThrownBy(() -> cases.attachment(n, 1)).isInstanceOf(BusinessException.class);
        assertThat(audited("case.claim", n, "REFUSED:services.case.otherDepartment")).isOne();
        assertThat(count("select count(*) from personal_data_access where purpose_reference = ? and actor = ?", n,
                String.valueOf(officer2))).as("nothing was read").isZero();
        as(CITIZEN);
        assertThat(applying.myApplication(n).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aCitizenCannotOpenAnotherCitizensApplicationByChangingTheNumber() throws Exception {
        as(CITIZEN);
        String n = submit("VAT_RETURN");
        String draft = fill("BUSINESS_REGISTRATION");
        long fileId = applying.addAttachment(draft, "lease", "lease.png", ApplicationFixtures.PNG);
        String unknown = ApplicationNumber.of(LocalDate.of(2026, 1, 2), 999_998).toString();

        as(RESIDENT);
        for (String number : List.of(n, draft, unknown)) {
            assertThatThrownBy(() -> applying.myApplication(number)).as(number)
                    .isInstanceOfSatisfying(ApplicationNotFound.class,
                            e -> assertThat(e.messageKey()).isEqualTo("services.application.notFound"));
        }
        assertThatThrownBy(() -> applying.withdraw(n)).isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> applying.answerSupplement(n, "x", List.of())).isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> applying.saveDraft(draft, Map.of())).isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> applying.submit(draft)).isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> applying.myAttachment(draft, fileId)).isInstanceOf(ApplicationNotFound.class);
        assertThat(applying.myApplications()).extracting(s -> s.reference()).doesNotContain(n, draft);

        as(CITIZEN);
        assertThat(applying.myApplication(n).number()).isEqualTo(n);
    }

    @Test
    void openingACaseIsWrittenToTheAccessLogAndNotesStayInternal() throws Exception {
        as(CITIZEN);
        String n = submit("VAT_RETURN");
        long citizen = accountId(CITIZEN);
        long officer = accountId(OFFICER);
        String logged = "select count(*) from personal_data_access where subject_account_id = ? "
                + "and purpose_key = 'services.case.purpose' and purpose_reference = ? and actor = ?";
        as(OFFICER);
        var opened = cases.openCase(n);
        assertThat(opened.applicantName()).isEqualTo("김민준");
        assertThat(count(logged, citizen, n, String.valueOf(officer))).isOne();
        cases.claim(n);
        cases.addInternalNote(n, "내부 검토 메모: 지난 분기 신고와 비교 필요");
        assertThat(cases.openCase(n).notes()).singleElement()
                .satisfies(note -> assertThat(note.authorName()).isEqualTo("최유진"));
        assertThat(count(logged, citizen, n, String.valueOf(officer))).isEqualTo(2);
        assertThat(audited("case.addNote", n, "SUCCESS")).isOne();

        as(CITIZEN);
        assertThat(applying.myApplication(n).toString()).doesNotContain("내부 검토 메모");
        assertThat(notices(n, "underReview")).isOne();
        assertThat(count("select count(*) from inbox_message where array_to_string(arguments, ' ') like ?",
                "%내부 검토 메모%")).as("notes are never sent").isZero();
    }

    @Test
    void attachmentsAreJudgedByTheirBytesAndKeptOutsideTheWebRoot() throws Exception {
        as(CITIZEN);
        String draft = applying.startDraft(service("BUSINESS_REGISTRATION").id());
        byte[] exe = "MZ\u0090\u0000 not a pdf at all".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> applying.addAttachment(draft, "lease", "계약서.pdf", exe))
                .isInstanceOfSatisfying(ApplicationInputInvalid.class,
                        e -> assertThat(e.messageKey()).isEqualTo("services.application.attachment.type"));
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(ApplicationFixtures.PDF, 0, huge, 0, ApplicationFixtures.PDF.length);
        assertThatThrownBy(() -> applying.addAttachment(draft, "lease", "big.pdf", huge))
                .isInstanceOfSatisfying(ApplicationInputInvalid.class,
                        e -> assertThat(e.messageKey()).isEqualTo("services.application.attachment.tooLarge"));
        assertThatThrownBy(() -> applying.addAttachment(draft, "tradeName", "x.pdf", ApplicationFixtures.PDF))
                .as("not a file question").isInstanceOf(InvalidInput.class);

        long id = applying.addAttachment(draft, "lease", "임대차계약서.png", ApplicationFixtures.PNG);
        var file = applying.myAttachment(draft, id);
        assertThat(file.content()).isEqualTo(ApplicationFixtures.PNG);
        assertThat(file.mediaType()).isEqualTo("image/png");
        String key = (String) row("select storage_key from application_attachment where id = ?", id)[0];
        assertThat(store.exists(key)).isTrue();
        assertThat(store.read(key)).isEqualTo(ApplicationFixtures.PNG);
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        boolean inFolder = config.getOptionalValue("MADANG_FILE_STORE", String.class).orElse("directory").equals("directory");
        // the default store, a folder: never below the web application
        Path stored = FileStores.directory(config.getOptionalValue("MADANG_FILES_DIR", String.class)).resolve(key);
        if (inFolder) {
            assertThat(stored).exists();
            String webRoot = request.getServletContext().getRealPath("/");
            if (webRoot != null) {
                assertThat(stored.toAbsolutePath().normalize().startsWith(Path.of(webRoot).toAbsolutePath().normalize())).isFalse();
            }
        }
        applying.removeAttachment(draft, id);
        assertThat(store.exists(key)).isFalse();
        assertThat(stored).doesNotExist();
    }

    @Test
    void anOfficerOnlyDecidesOnCasesTheyHold() throws Exception {
        as(CITIZEN);
        String n = submit("VAT_RETURN");
        as(SUPERVISOR);
        cases.claim(n); // the supervisor holds it
        as(OFFICER);
        assertThatThrownBy(() -> cases.approve(n)).isInstanceOf(org.madang.services.domain.CaseNotAssigned.class);
        assertThat(cases.openCase(n).mayDecide()).isFalse();
        as(SUPERVISOR);
        var c = cases.openCase(n);
        assertThat(c.mayDecide()).isTrue();
        List<String> grounds = new ArrayList<>(c.application().service().rejectionGroundKeys());
        assertThat(grounds).isNotEmpty();
        assertThatThrownBy(() -> cases.reject(n, "NO_SUCH_GROUND", "사유")).isInstanceOf(ApplicationInputInvalid.class);
        cases.reject(n, grounds.get(0), "신고 기간이 아닙니다.");
        as(CITIZEN);
        ApplicationDetails d = applying.myApplication(n);
        assertThat(d.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(step(d, Kind.REJECTED).groundKo()).isNotBlank();
        assertThat(step(d, Kind.REJECTED).note()).isEqualTo("신고 기간이 아닙니다.");
        assertThat(notices(n, "rejected")).isOne();
    }
}
