package org.madang.services.infrastructure;

import org.madang.services.domain.FieldType;
import org.madang.services.domain.ProcessingPeriod;

import java.util.List;

import static org.madang.services.domain.LifeEvent.HAVING_A_CHILD;
import static org.madang.services.domain.LifeEvent.MOVING;
import static org.madang.services.domain.LifeEvent.TRAVELLING_ABROAD;
import static org.madang.services.domain.ServiceCategory.CERTIFICATES;
import static org.madang.services.domain.ServiceCategory.RESIDENCE;
import static org.madang.services.infrastructure.DemoCertificates.purpose;
import static org.madang.services.infrastructure.DemoService.confirm;
import static org.madang.services.infrastructure.DemoService.date;
import static org.madang.services.infrastructure.DemoService.file;
import static org.madang.services.infrastructure.DemoService.radio;
import static org.madang.services.infrastructure.DemoService.select;
import static org.madang.services.infrastructure.DemoService.service;
import static org.madang.services.infrastructure.DemoService.text;
import static org.madang.services.infrastructure.DemoService.textarea;
import static org.madang.services.infrastructure.DemoService.typed;

/**
 * The everyday services people look for first (Government24's most used): the move-in report,
 * passport reissue and the basic certificate of the family relations register. Names, legal
 * bases and fees as Government24 and the statutes state them; where a value changes by notice
 * (the passport fee) the service page says which value the demo uses.
 */
final class DemoEveryday {
    private DemoEveryday() {
    }

    static final String GOV24 = "https://www.gov.kr";

    static List<DemoService> services() {
        return List.of(
                service("MOVE_IN_REPORT", RESIDENCE, "JONGNO", "CIVIL", ProcessingPeriod.immediate(), 0,
                        "전입신고", "Move-in report (registering a new address)")
                        .summary("이사한 뒤 새 주소지에 전입한 사실을 신고합니다. 전입한 날부터 14일 이내에 신고해야 합니다.",
                                "Report that you moved in at a new address. It must be reported within 14 days of moving in.")
                        .eligibility("새 주소지로 이사한 세대주 또는 세대원(세대주를 대신해 신고하는 경우 세대주의 위임). "
                                        + "「주민등록법」 제16조: 신거주지에 전입한 날부터 14일 이내. 늦으면 과태료(같은 법 제40조).",
                                "The head or a member of the household that moved (for the head of household, with their mandate). "
                                        + "Resident Registration Act, art. 16: within 14 days of moving in; reporting late incurs a fine (art. 40).")
                        .howToApply("수수료 없음. 온라인 신고 후 담당자가 확인하면 처리되고, 새 주소로 주민등록표 등본을 바로 발급받을 수 있습니다.",
                                "No fee. Report online; once an officer has checked it, it takes effect and you can get the household copy "
                                        + "at the new address at once.")
                        .document("신분증(주민등록증 등, 방문 시)", "ID card (when reporting in person)")
                        .document("기존 세대에 합치는 경우 그 세대주의 확인", "When joining an existing household: its head's confirmation")
                        .events(MOVING)
                        .commonGrounds()
                        .ground("NOT_RESIDING", "「주민등록법」 제20조: 사실조사 결과 신고한 주소에 거주하지 않음",
                                "Resident Registration Act, art. 20: an inspection found that you do not live at the address reported")
                        .field(text("newAddress", 1, true, "새 주소(도로명 주소)", "New address (road-name address)"))
                        .field(date("moveInDate", 1, true, "전입한 날", "Date you moved in"))
                        .field(radio("household", 1, true, "세대 구성", "Household",
                                "NEW", "새 세대를 구성합니다(세대주로 전입)", "I start a new household (as its head)",
                                "JOIN", "기존 세대에 합칩니다(세대원으로 전입)", "I join an existing household (as a member)",
                                "WHOLE", "세대 전원이 함께 이사합니다", "The whole household moves together"))
                        .field(textarea("members", 1, false, "함께 이사하는 세대원(이름과 관계)",
                                "Household members moving with you (names and relationship)"))
                        .field(confirm("truthful", 2, "실제로 새 주소지에 살고 있음을 확인합니다",
                                "I confirm that I really live at the new address"))
                        .source(GOV24 + " 전입신고 ; 「주민등록법」 제16조·제40조 (law.go.kr)"),
                service("PASSPORT_REISSUE", RESIDENCE, "JONGNO", "CIVIL", ProcessingPeriod.days(8), 53000,
                        "여권 재발급 신청", "Passport reissue")
                        .summary("전자여권을 발급받은 적이 있는 성인이 새 여권을 온라인으로 신청하고, 발급되면 지정한 기관에서 받습니다.",
                                "Adults who have held an electronic passport apply online for a new one and collect it at the office they choose.")
                        .eligibility("전자여권을 한 번 이상 발급받은 성인 본인(「여권법」 제9조). 처음 발급, 미성년자, 이름·주민등록번호가 바뀐 경우는 방문 신청.",
                                "An adult applying for themselves who has held an electronic passport before (Passport Act, art. 9). "
                                        + "A first passport, minors and changed names or numbers: apply in person.")
                        .howToApply("10년 복수여권 58면 53,000원, 26면 50,000원(국제교류기여금 포함; 외교부 고시에 따라 바뀌며 여기서는 데모 값). "
                                        + "발급되면 알림을 받고 신분증과 기존 여권을 가지고 수령합니다.",
                                "10-year multiple passport: 58 pages 53,000 won, 26 pages 50,000 won (including the international exchange "
                                        + "levy; set by Ministry of Foreign Affairs notice, demo values here). When it is ready you are notified "
                                        + "and collect it with your ID and your old passport.")
                        .document("여권용 사진(6개월 이내 촬영, 3.5×4.5cm)", "Passport photo (taken within 6 months, 3.5×4.5 cm)")
                        .document("기존 여권(수령 시 반납)", "Your current passport (handed in at collection)")
                        .events(TRAVELLING_ABROAD)
                        .commonGrounds()
                        .ground("PHOTO_UNSUITABLE", "「여권법 시행규칙」의 여권 사진 기준에 맞지 않음",
                                "The photo does not meet the passport photo rules (Enforcement Rule of the Passport Act)")
                        .field(radio("pages", 1, true, "여권 면수", "Pages",
                                "58", "58면(53,000원)", "58 pages (53,000 won)", "26", "26면(50,000원)", "26 pages (50,000 won)"))
                        .field(text("previousPassport", 1, false, "기존 여권번호(알면)", "Current passport number (if you know it)",
                                "[A-Z][0-9A-Z]{8}", 9, "예: M12345678", "e.g. M12345678"))
                        .field(file("photo", 1, true, "여권용 사진", "Passport photo"))
                        .field(select("collectAt", 2, true, "수령 기관", "Where to collect",
                                "JONGNO", "종로구청 민원여권과", "Jongno-gu Office, Civil Affairs and Passport Division",
                                "SEOUL", "서울특별시청 여권발급과", "Seoul City Hall, Passport Division"))
                        .field(typed(FieldType.PHONE, "phone", 2, true, "연락처", "Phone number"))
                        .source(GOV24 + " 여권 재발급 ; 「여권법」 제9조 (law.go.kr) ; 외교부 여권안내 (passport.go.kr)"),
                service("BASIC_CERTIFICATE", CERTIFICATES, "JONGNO", "CIVIL", ProcessingPeriod.immediate(), 0,
                        "기본증명서 발급", "Basic certificate (family relations register)")
                        .summary("본인의 출생·사망·개명 등 신분 사항을 증명하는 가족관계등록부 증명서를 발급합니다.",
                                "Issues the family-relations-register certificate of your own status: birth, death, change of name.")
                        .eligibility("본인, 배우자, 직계혈족(「가족관계의 등록 등에 관한 법률」 제14조). 대리 신청은 위임장 필요.",
                                "You, your spouse or a lineal relative (Act on the Registration of Family Relationships, art. 14); "
                                        + "a representative needs a power of attorney.")
                        .howToApply("온라인 무료, 실명 확인된 주민은 즉시 발급. 방문 1,000원, 무인민원발급기 500원.",
                                "Free online, issued at once to verified residents. In person 1,000 won, at a kiosk 500 won.")
                        .document("신분증(방문 시)", "ID card (in person)")
                        .events(HAVING_A_CHILD)
                        .commonGrounds()
                        .field(radio("kind", 1, true, "증명서 종류", "Kind of certificate",
                                "GENERAL", "일반증명서", "General", "DETAILED", "상세증명서", "Detailed",
                                "SPECIFIC", "특정증명서", "Specific"))
                        .field(purpose(1))
                        .field(DemoCertificates.copies(1))
                        .instantIssuance("BASIC_CERTIFICATE", true)
                        .source(GOV24 + " 기본증명서 ; " + DemoCertificates.DANGJIN));
    }
}
