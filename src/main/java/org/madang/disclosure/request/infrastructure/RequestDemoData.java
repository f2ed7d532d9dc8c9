package org.madang.disclosure.request.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.Delivery;
import org.madang.disclosure.request.domain.DisclosureCalendar;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.domain.FeeComputation;
import org.madang.disclosure.request.domain.FeeInput;
import org.madang.disclosure.request.domain.NonDisclosureGround;
import org.madang.disclosure.request.domain.ObjectionOutcome;
import org.madang.disclosure.request.domain.RequestDetails;
import org.madang.disclosure.request.domain.RequestForm;
import org.madang.disclosure.request.domain.RequestOfficer;
import org.madang.identity.application.AccountDirectory;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.DepartmentView;
import org.madang.platform.persistence.DemoDataRequested;
import org.madang.services.application.PublicHolidays;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo disclosure requests in every state, across the demo agencies, dated back from today so
 * each state is true whenever the demo is loaded: received, in progress, awaiting clarification,
 * extended, transferred, overdue, decided (each kind, one late), a pending objection and a decided
 * one, a private subject. Each is driven through the aggregate's own commands. Loaded once.
 */
@Stateless
public class RequestDemoData {
    private static final Logger LOG = Logger.getLogger(RequestDemoData.class.getName());
    static final String FIRST_SUBJECT = "2026년 종로세무서 민원실 운영 현황";

    /** A small file sent through the portal: nothing chargeable. */
    private static final FeeComputation NO_FEE = FeeComputation.NOTHING;

    @Inject
    DisclosureRequestRepository repo;
    @Inject
    FeeScheduleRepository feeSchedule;
    @Inject
    FeeCounterGateway payments;
    @Inject
    OrganisationDirectory organisations;
    @Inject
    AccountDirectory accounts;
    @Inject
    PublicHolidays holidays;
    @Inject
    ZoneId zone;
    @Inject
    Clock clock;
    @Inject
    org.madang.disclosure.request.application.RequestStatistics statistics;

    private DisclosureCalendar cal;
    private LocalDate today;
    private Map<String, Long> departments;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) DemoDataRequested event) {
        repo.lockForDemoData();
        if (repo.countOfRequester(account("citizen@madang.go.kr")) > 0) {
            return;
        }
        made.clear();
        cal = DisclosureCalendar.of(holidays.days(), zone);
        today = LocalDate.ofInstant(Instant.now(clock), zone);
        departments = new HashMap<>();
        for (DepartmentView d : organisations.departments()) {
            departments.put(d.agencyCode() + "/" + d.code(), d.id());
        }
        RequestOfficer tax = officer("officer@madang.go.kr", "최유진", "NTS/JONGNO_TAX");
        RequestOfficer jongno = officer("officer2@madang.go.kr", "강도윤", "JONGNO/CIVIL");
        RequestOfficer mois = officer("publisher@madang.go.kr", "조은비", "MOIS/RESIDENT");
        RequestOfficer seoul = officer("officer.seoul@madang.go.kr", "윤하은", "SEOUL/ECONOMY");

        file("citizen@madang.go.kr", "NTS/JONGNO_TAX", FIRST_SUBJECT, "2026년 1월부터 현재까지 종로세무서 민원실의 월별 방문자 수와 처리 건수", false, 2);
        file("citizen@madang.go.kr", "JONGNO/CIVIL", "가족 관련 민원 상담 기록", "본인이 2026년에 상담한 기록", true, 1);
        DisclosureRequest r = file("resident@madang.go.kr", "MOIS/RESIDENT", "주민등록 사실조사 결과 통계",
                "2025년 시도별 주민등록 사실조사 결과(거주불명 등록 건수 포함)", false, 5);
        r.claim(mois, at(3));
        r = file("citizen.en@madang.go.kr", "SEOUL/ECONOMY", "통신판매업 신고 처리 지침",
                "서울시가 구청에 보낸 통신판매업 신고 처리 지침 일체", false, 6);
        r.claim(seoul, at(5));
        r.askClarification(seoul, "지침의 작성 연도를 알려 주십시오. 2020년 이후 여러 판이 있습니다.", cal, at(4));
        r = file("citizen@madang.go.kr", "NTS/JONGNO_TAX", "세무서 청사 임차 계약서", "종로세무서 청사 임차 계약서와 임차료 지급 내역", false, 12);
        r.claim(tax, at(11));
        if (!today.minusDays(3).isAfter(r.getDueOn())) {
            r.extend(tax, "임대인(제3자)의 의견을 듣는 데 시간이 필요합니다.", cal, at(3));
        }
        r = file("resident@madang.go.kr", "JONGNO/CIVIL", "부가가치세 신고 안내문 발송 현황", "2026년 1기 부가가치세 신고 안내문 발송 건수", false, 8);
        r.transfer(jongno, departments.get("NTS/JONGNO_TAX"), "부가가치세 안내문은 국세청이 보유한 정보입니다.", cal, at(7));
        r = file("citizen@madang.go.kr", "JONGNO/CIVIL", "구청장 업무추진비 집행내역", "2026년 1분기 종로구청장 업무추진비 집행내역", false, 30);
        r.markOverdue(cal, Instant.now(clock));
        r = file("business@madang.go.kr", "MOIS/RESIDENT", "주민등록증 발급 통계", "2025년 월별 주민등록증 발급 건수", false, 40);
        r.claim(mois, at(39));
        // a fee owed: a 3 MB file (200 won), with its payment order as the requester will see it
        r.decide(mois, DecisionKind.DISCLOSURE, Set.of(), "요청하신 통계를 전자파일로 공개합니다.",
                feeSchedule.schedule().compute(r.getDetails(), new FeeInput(null, null, 3L, null, null, null, null)),
                cal, at(33));
        r.feeOrdered(payments.open(r.getNumber(), r.getFee().getTotal(), at(33)).reference());
        r = file("citizen.en@madang.go.kr", "SEOUL/ECONOMY", "전자상거래 소비자 피해 민원 처리 결과",
                "2025년 서울시 전자상거래센터가 처리한 소비자 피해 민원의 처리 결과 요약", false, 25);
        r.claim(seoul, at(24));
        r.decide(seoul, DecisionKind.PARTIAL_DISCLOSURE, Set.of(NonDisclosureGround.G6, NonDisclosureGround.G7),
                "민원인의 성명·연락처(제6호)와 사업자의 영업상 비밀(제7호)을 가리고 공개합니다.", NO_FEE, cal, at(18));
        r = file("citizen@madang.go.kr", "NTS/JONGNO_TAX", "세무조사 대상 선정 기준", "2026년 정기 세무조사 대상 선정 기준과 내부 검토 자료", false, 60);
        r.claim(tax, at(59));
        r.decide(tax, DecisionKind.NON_DISCLOSURE, Set.of(NonDisclosureGround.G4, NonDisclosureGround.G5),
                "세무조사 대상 선정 기준은 공개 시 조사 업무의 공정한 수행을 현저히 곤란하게 합니다.", null, cal, at(52));
        r.object(r.getRequesterId(), "선정 기준의 일반 원칙까지 비공개할 이유는 없습니다.", cal, at(45));
        r.decideObjection(tax, ObjectionOutcome.DISMISSED, "일반 원칙은 이미 국세청 누리집에 공표되어 있어 따로 공개할 필요가 없습니다.", cal, at(41));
        r = file("resident@madang.go.kr", "JONGNO/CIVIL", "1990년 동사무소 건축 도면", "1990년 신축 당시 동사무소 건축 도면", false, 20);
        r.claim(jongno, at(19));
        r.decide(jongno, DecisionKind.NOT_HELD, Set.of(), "보존기간이 지나 폐기되어 보유하고 있지 않습니다.", null, cal, at(15));
        r = file("business@madang.go.kr", "NTS/JONGNO_TAX", "주류 도매업 면허 심사 자료", "2026년 주류 도매업 면허 심사 평가표", false, 13);
        r.claim(tax, at(12));
        r.decide(tax, DecisionKind.NON_DISCLOSURE, Set.of(NonDisclosureGround.G7),
                "신청 법인의 영업상 비밀이 담겨 있어 공개하지 않습니다.", null, cal, at(10));
        r.object(r.getRequesterId(), "평가 항목과 배점은 영업상 비밀이 아닙니다.", cal, at(3));
        r = file("citizen.en@madang.go.kr", "MOIS/RESIDENT", "전입신고 처리 기간 통계", "2025년 전입신고의 평균 처리 기간", false, 35);
        r.claim(mois, at(34));
        r.decide(mois, DecisionKind.DISCLOSURE, Set.of(), "통계를 공개합니다.", NO_FEE, cal, at(20));
        made.forEach(statistics::record);
        LOG.info("disclosure request demo data loaded");
    }

    private final java.util.List<DisclosureRequest> made = new java.util.ArrayList<>();

    private DisclosureRequest file(String email, String department, String subject, String description,
                                   boolean subjectPrivate, int daysAgo) {
        AccountDirectory.Contact who = accounts.contact(account(email));
        Instant when = at(daysAgo);
        DisclosureRequest r = repo.add(new DisclosureRequest(repo.nextNumber(cal.dateOf(when)), who.accountId(),
                who.name(), null, departments.get(department), new RequestDetails(subject, description,
                RequestForm.ELECTRONIC_FILE, Delivery.PORTAL, null, subjectPrivate), cal, when));
        repo.pseudonym(who.accountId());
        made.add(r);
        return r;
    }

    private Instant at(int daysAgo) {
        return today.minusDays(daysAgo).atTime(LocalTime.of(10, 30)).atZone(zone).toInstant();
    }

    private long account(String email) {
        return accounts.accountIdOf(email).orElseThrow(() -> new IllegalStateException("demo account missing"));
    }

    private RequestOfficer officer(String email, String name, String department) {
        return new RequestOfficer(account(email), name, departments.get(department), false);
    }
}
