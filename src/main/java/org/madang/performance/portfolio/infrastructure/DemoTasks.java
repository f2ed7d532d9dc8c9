package org.madang.performance.portfolio.infrastructure;

import java.util.List;

import static org.madang.performance.portfolio.domain.Measure.COMPLETION_RATE;
import static org.madang.performance.portfolio.domain.Measure.ON_TIME_RATE;
import static org.madang.performance.portfolio.domain.Measure.RECEIVED;
import static org.madang.performance.portfolio.domain.Measure.SATISFACTION;
import static org.madang.performance.portfolio.domain.TaskType.COMMITTEE_KEY;
import static org.madang.performance.portfolio.domain.TaskType.COMMITTEE_MANAGED;
import static org.madang.performance.portfolio.domain.TaskType.DEPARTMENTAL;
import static org.madang.performance.portfolio.infrastructure.DemoTask.bound;
import static org.madang.performance.portfolio.infrastructure.DemoTask.reported;

/**
 * The demo portfolio, after the roadmap's agenda: single points of contact, welfare without a visit,
 * one-stop business, information disclosure, e-forum and e-voting, control of personal information.
 * Tasks of 2024-2026 report with evidence and were evaluated for 2024 and 2025; tasks starting in
 * 2026 are bound to the portal's live figures (not yet evaluated). The last one is a proposal that
 * overlaps an approved task, with the proposer's answer.
 */
final class DemoTasks {
    private DemoTasks() {
    }

    private static final int F = 2024;
    private static final int L = 2026;

    static final List<DemoTask> ALL = List.of(
            new DemoTask(COMMITTEE_KEY, "MOIS", List.of("JONGNO", "SEOUL"), "민원 단일창구 구축",
                    "One point of contact for civil petitions", "어느 기관의 민원이든 한 곳에서 신청하고 진행 상황을 확인하도록 기관별 민원 창구를 하나로 모은다.",
                    "김정훈", F, L, 4200, List.of(
                    reported("단일창구로 접수한 민원 비율", "%", 12, 30, 70, 60, "전체 민원 접수 건 중 단일창구 접수 건의 비율(기관 접수 대장)", F, L),
                    reported("창구 이관 없이 처리한 비율", "%", 55, 65, 85, 40, "단일창구 접수 건 중 다른 창구로 넘기지 않고 끝낸 비율", F, L)),
                    new int[] {95, 88}, null),
            new DemoTask(COMMITTEE_KEY, "MOHW", List.of("NHIS", "JONGNO"), "복지서비스 무방문 신청",
                    "Welfare services applied for without a visit", "주민센터를 방문하지 않고 기초생활보장과 아동수당 등 복지 급여를 온라인으로 신청하고 결과를 받는다.",
                    "박은영", F, L, 5100, List.of(
                    reported("무방문 신청 비율", "%", 8, 25, 60, 70, "복지 급여 신청 중 방문 없이 접수된 비율(사회보장정보시스템)", F, L),
                    reported("구비서류 제출 생략 건수", "천 건", 40, 120, 400, 30, "행정정보 공동이용으로 생략한 서류 건수", F, L)),
                    new int[] {80, 104}, null),
            new DemoTask(COMMITTEE_KEY, "MOTIE", List.of("NTS", "SEOUL"), "원스톱 창업 지원 서비스",
                    "One-stop business start-up", "사업자등록, 통신판매업 신고, 4대 보험 가입을 한 번의 신청으로 처리한다.",
                    "오세진", F, L, 3800, List.of(
                    reported("창업 처리 기간", "일", 14, 10, 3, 50, "신청부터 모든 기관의 처리 완료까지 걸린 일수의 중앙값", F, L),
                    reported("원스톱 이용 비율", "%", 5, 20, 50, 50, "창업 신고 중 원스톱으로 접수된 비율", F, L)),
                    new int[] {60, 72}, null),
            new DemoTask(COMMITTEE_KEY, "MOIS", List.of("NTS", "MOEL"), "정보공개 청구 온라인화",
                    "Information disclosure requests online", "정보공개 청구, 결정 통지, 이의신청을 온라인으로 처리하고 처리 기한 준수를 공개한다.",
                    "이도현", F, L, 2100, List.of(
                    reported("기한 내 공개 결정 비율", "%", 71, 80, 95, 60, "청구 후 10일(연장 시 20일) 안에 결정한 비율", F, L),
                    reported("온라인 청구 비율", "%", 44, 60, 85, 40, "전체 청구 중 온라인 청구 비율", F, L)),
                    new int[] {100, 97}, null),
            new DemoTask(COMMITTEE_KEY, "MOIS", List.of(), "개인정보 열람 통제 강화",
                    "Control of access to personal information", "공무원이 국민의 개인정보를 열람할 때마다 사유를 기록하고, 본인이 열람 기록을 직접 확인하도록 한다.",
                    "정민호", F, L, 1600, List.of(
                    reported("열람 사유가 기록된 비율", "%", 35, 70, 100, 60, "개인정보 열람 건 중 사유가 기록된 비율(접근기록 점검)", F, L),
                    reported("본인 열람기록 조회 건수", "천 건", 0, 50, 300, 40, "국민이 자기 정보의 열람 기록을 조회한 건수", F, L)),
                    new int[] {55, 63}, null),
            new DemoTask(COMMITTEE_MANAGED, "MOIS", List.of("SEOUL"), "전자공청회와 전자투표 도입",
                    "E-forum and e-voting", "정책 토론, 국민청원, 전자투표를 한 곳에서 운영하고 청원 답변 기한을 지킨다.",
                    "최서연", F, L, 1900, List.of(
                    reported("기한 내 청원 답변 비율", "%", 50, 70, 95, 50, "답변 요건을 채운 청원 중 기한 안에 답변한 비율", F, L),
                    reported("전자투표 참여자 수", "천 명", 10, 40, 150, 50, "전자투표에 참여한 실명 확인 주민 수", F, L)),
                    new int[] {90, 75}, null),
            new DemoTask(COMMITTEE_MANAGED, "MOEL", List.of("NHIS"), "고용보험 무방문 처리",
                    "Employment insurance without a visit", "실업급여와 고용보험 피보험자격 신고를 고용센터 방문 없이 처리한다.",
                    "이은정", F, L, 2600, List.of(
                    reported("방문 없이 처리한 비율", "%", 30, 45, 75, 70, "실업급여 신청 중 방문 없이 처리된 비율", F, L),
                    reported("처리 기간", "일", 12, 10, 7, 30, "신청부터 지급 결정까지 일수의 중앙값", F, L)),
                    new int[] {85, 90}, null),
            new DemoTask(COMMITTEE_MANAGED, "KCS", List.of("MOTIE"), "수출입 통관 단일창구",
                    "Single window for customs clearance", "수출입 신고와 요건 확인을 한 번에 처리하는 통관 단일창구를 넓힌다.",
                    "윤지호", F, L, 3300, List.of(
                    reported("단일창구 요건 확인 비율", "%", 60, 70, 90, 60, "요건 확인 중 단일창구로 처리된 비율", F, L),
                    reported("통관 소요 시간", "시간", 9, 7, 4, 40, "수입 신고부터 수리까지 시간의 중앙값", F, L)),
                    new int[] {70, 82}, null),
            new DemoTask(COMMITTEE_MANAGED, "NTS", List.of(), "국세 전자신고 확대",
                    "More tax returns filed online", "부가가치세와 종합소득세 신고를 미리 채운 서식으로 온라인에서 끝낸다.",
                    "최동혁", F, L, 2800, List.of(
                    reported("전자신고 비율", "%", 82, 86, 93, 70, "전체 신고 중 전자신고 비율", F, L),
                    reported("미리 채움 서식 이용률", "%", 20, 35, 60, 30, "전자신고 중 미리 채움 서식을 쓴 비율", F, L)),
                    new int[] {100, 100}, null),
            new DemoTask(COMMITTEE_MANAGED, "NHIS", List.of("MOHW"), "건강보험 자격 온라인 확인",
                    "Health insurance eligibility online", "건강보험 자격 확인서를 방문 없이 발급하고 다른 기관이 바로 확인하게 한다.",
                    "한미경", F, L, 900, List.of(
                    reported("온라인 발급 비율", "%", 40, 55, 80, 60, "자격 확인서 발급 중 온라인 비율", F, L),
                    reported("기관 간 자동 확인 건수", "천 건", 100, 300, 900, 40, "행정정보 공동이용으로 확인한 건수", F, L)),
                    new int[] {40, 52}, null),
            new DemoTask(COMMITTEE_MANAGED, "MOIS", List.of("NTS", "NHIS"), "행정정보 공동이용 확대",
                    "Wider sharing of administrative information", "국민이 동의하면 기관이 보유한 증명서를 직접 확인해 구비서류를 줄인다.",
                    "송하늘", F, L, 3500, List.of(
                    reported("공동이용 대상 증명서 종류", "종", 90, 110, 150, 50, "공동이용으로 확인할 수 있는 증명서 종류 수", F, L),
                    reported("생략된 구비서류 건수", "백만 건", 30, 40, 60, 50, "공동이용으로 제출을 생략한 서류 건수", F, L)),
                    new int[] {78, 66}, null),
            new DemoTask(DEPARTMENTAL, "JONGNO", List.of(), "종로구 민원 안내 일원화",
                    "One help desk for Jongno civil affairs", "구청 민원 안내를 한 창구와 한 전화번호로 모으고 처리 상황 알림을 보낸다.",
                    "강지원", F, L, 300, List.of(
                    reported("안내 한 번에 끝난 문의 비율", "%", 48, 60, 80, 100, "문의 중 다른 부서로 넘기지 않은 비율", F, L)),
                    new int[] {92, 95}, null),
            new DemoTask(DEPARTMENTAL, "SEOUL", List.of("JONGNO"), "통신판매업 신고 온라인 처리",
                    "Mail-order business reports online", "통신판매업 신고와 변경 신고를 온라인으로 받고 기한 안에 처리한다.",
                    "박상우", F, L, 250, List.of(
                    reported("온라인 신고 비율", "%", 35, 50, 80, 60, "전체 신고 중 온라인 신고 비율", F, L),
                    reported("기한 내 처리 비율", "%", 80, 85, 95, 40, "법정 기간 안에 처리한 비율", F, L)),
                    new int[] {65, 71}, null),
            new DemoTask(DEPARTMENTAL, "FTC", List.of(), "공정거래 신고 온라인 창구",
                    "Online window for fair-trade complaints", "불공정거래 신고를 온라인으로 받고 처리 단계를 신고인에게 알린다.",
                    "김태희", F, L, 400, List.of(
                    reported("온라인 신고 비율", "%", 25, 40, 70, 50, "전체 신고 중 온라인 접수 비율", F, L),
                    reported("처리 단계 알림 비율", "%", 10, 50, 90, 50, "신고 중 단계별 알림이 간 비율", F, L)),
                    new int[] {30, 45}, null),
            new DemoTask(DEPARTMENTAL, "KCS", List.of("MOTIE"), "원산지증명서 전자 발급",
                    "Certificates of origin issued electronically", "FTA 원산지증명서를 전자로 발급하고 상대국 세관이 바로 확인하게 한다.",
                    "서민석", F, L, 600, List.of(
                    reported("전자 발급 비율", "%", 50, 65, 90, 100, "원산지증명서 발급 중 전자 발급 비율", F, L)),
                    new int[] {88, 80}, null),
            new DemoTask(DEPARTMENTAL, "MOHW", List.of("JONGNO"), "기초생활보장 신청 안내 개선",
                    "Clearer guidance for basic livelihood applications", "기초생활보장 신청에 필요한 서류와 절차를 쉬운 말로 안내하고 보완 요구를 줄인다.",
                    "윤수빈", F, L, 350, List.of(
                    reported("보완 요구 비율", "%", 38, 30, 15, 100, "신청 중 보완을 요구한 비율(낮을수록 좋음)", F, L)),
                    new int[] {50, 58}, null),
            new DemoTask(DEPARTMENTAL, "NTS", List.of(), "사업자등록 기한 내 처리",
                    "Business registration on time", "종로세무서 사업자등록 신청을 법정 기간 안에 처리하고 처리 과정을 온라인으로 알린다.",
                    "정하늘", 2026, 2027, 180, List.of(
                    bound("사업자등록 기한 내 처리율", "%", 85, 90, 95, 70, ON_TIME_RATE, "BUSINESS_REGISTRATION", null, 2026, 2027),
                    bound("사업자등록 신청 만족도", "점", 3.5, 4, 4.3, 30, SATISFACTION, "BUSINESS_REGISTRATION", null, 2026, 2027)),
                    null, null),
            new DemoTask(DEPARTMENTAL, "MOEL", List.of(), "실업급여 온라인 신청 완료율 향상",
                    "More unemployment benefit applications completed online", "실업급여 온라인 신청서를 쉽게 고쳐 중간에 그만두는 신청을 줄인다.",
                    "송민재", 2026, 2027, 220, List.of(
                    bound("실업급여 신청 완료율", "%", 60, 70, 80, 60, COMPLETION_RATE, "UNEMPLOYMENT_BENEFIT", null, 2026, 2027),
                    bound("실업급여 기한 내 처리율", "%", 80, 88, 92, 40, ON_TIME_RATE, "UNEMPLOYMENT_BENEFIT", null, 2026, 2027)),
                    null, null),
            new DemoTask(COMMITTEE_MANAGED, "JONGNO", List.of("MOIS"), "종로구 전자민원 이용 확대",
                    "More Jongno civil affairs filed online", "종로구의 민원을 포털에서 신청하도록 알리고, 처리 기한을 지킨다.",
                    "이수진", 2026, 2028, 400, List.of(
                    bound("포털 접수 건수", "건", 0, 50, 500, 50, RECEIVED, null, "JONGNO", 2026, 2028),
                    bound("종로구 기한 내 처리율", "%", 85, 90, 95, 50, ON_TIME_RATE, null, "JONGNO", 2026, 2028)),
                    null, null),
            new DemoTask(COMMITTEE_MANAGED, "NHIS", List.of("MOHW"), "복지 급여 무방문 신청 확대",
                    "More welfare benefits applied for without a visit", "건강보험 자격과 연계해 복지 급여를 방문 없이 신청하는 대상을 넓힌다.",
                    "한미경", 2026, 2027, 700, List.of(
                    reported("무방문 신청 대상 급여 수", "종", 4, 8, 15, 100, "방문 없이 신청할 수 있는 급여 종류 수", 2026, 2027)),
                    null, "보건복지부 과제는 신청 창구를 만들고, 이 과제는 건강보험 자격 정보로 신청 대상을 넓힙니다. 두 과제는 같은 신청 화면을 쓰고 예산은 겹치지 않습니다."));
}
