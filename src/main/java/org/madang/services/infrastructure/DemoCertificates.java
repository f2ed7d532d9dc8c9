package org.madang.services.infrastructure;

import org.madang.services.domain.FieldType;
import org.madang.services.domain.ProcessingPeriod;

import java.util.List;

import static org.madang.services.domain.LifeEvent.GROWING_A_BUSINESS;
import static org.madang.services.domain.LifeEvent.HAVING_A_CHILD;
import static org.madang.services.domain.LifeEvent.LOOKING_FOR_WORK;
import static org.madang.services.domain.LifeEvent.MOVING;
import static org.madang.services.domain.LifeEvent.RETIRING;
import static org.madang.services.domain.ServiceCategory.CERTIFICATES;
import static org.madang.services.infrastructure.DemoService.confirm;
import static org.madang.services.infrastructure.DemoService.radio;
import static org.madang.services.infrastructure.DemoService.select;
import static org.madang.services.infrastructure.DemoService.service;
import static org.madang.services.infrastructure.DemoService.text;
import static org.madang.services.infrastructure.DemoService.typed;

/** Demo catalogue, certificates (kr-services.csv rows 1–8). */
final class DemoCertificates {
    private DemoCertificates() {
    }

    static final String DANGJIN = "github:min3076/dangjin2023 html/kor/sub01/sub01_01_09_01.backup.jsp";

    /** Where a certificate will be submitted: the question every certificate form asks. */
    static org.madang.services.domain.ServiceFormField.Spec purpose(int page) {
        return select("purpose", page, true, "제출처(용도)", "Where it will be submitted",
                "BANK", "금융기관 제출용", "For a bank",
                "EMPLOYER", "회사 제출용", "For an employer",
                "AUTHORITY", "관공서 제출용", "For a public authority",
                "PERSONAL", "본인 확인용", "For my own records");
    }

    static org.madang.services.domain.ServiceFormField.Spec copies(int page) {
        return radio("copies", page, true, "발급 부수", "Number of copies",
                "1", "1부", "1 copy", "2", "2부", "2 copies", "3", "3부", "3 copies");
    }

    static List<DemoService> services() {
        return List.of(
                service("RESIDENT_REGISTRATION_COPY", CERTIFICATES, "JONGNO", "CIVIL", ProcessingPeriod.immediate(), 0,
                        "주민등록표 등본 발급", "Resident registration certificate (household copy, deungbon)")
                        .summary("세대주와 세대원의 주소·전입일 등 주민등록 사항을 증명하는 등본을 온라인으로 즉시 발급받습니다.",
                                "Get the household copy of your resident registration (address, move-in date, household members) issued online at once.")
                        .eligibility("주민등록이 된 본인 또는 같은 세대원. 온라인 즉시 발급은 본인 확인을 마친 주민에 한합니다.",
                                "The registered resident or a member of the same household. Instant online issuance is for verified residents only.")
                        .howToApply("온라인 신청 후 즉시 발급(무료). 방문 시 주민센터 400원, 무인민원발급기 200원.",
                                "Apply online and it is issued at once (free). At a community centre 400 won, at a kiosk 200 won.")
                        .document("신분증(주민등록증 등, 방문 시)", "ID card (when applying in person)")
                        .document("신청서(방문 시)", "Application form (in person)")
                        .events(MOVING, HAVING_A_CHILD)
                        .commonGrounds()
                        .ground("ISSUANCE_RESTRICTED", "「주민등록법」 제29조: 열람·발급이 제한된 경우",
                                "Resident Registration Act, art. 29: issuance is restricted for this record")
                        .field(purpose(1))
                        .field(radio("addressHistory", 1, true, "과거 주소 변동 사항", "Past address changes",
                                "NONE", "표시하지 않음", "Do not show", "LAST5", "최근 5년", "Last five years",
                                "ALL", "전체", "All"))
                        .field(typed(FieldType.CHECKBOX, "showFullNumbers", 1, false,
                                "세대원의 주민등록번호 뒷자리 표시", "Show household members' full registration numbers"))
                        .instantIssuance("RESIDENT_REGISTRATION", true)
                        .source("https://new.icheon.go.kr/portal/contents.do?mid=0103070100 ; " + DANGJIN),
                service("RESIDENT_REGISTRATION_ABSTRACT", CERTIFICATES, "JONGNO", "CIVIL", ProcessingPeriod.immediate(), 0,
                        "주민등록표 초본 발급", "Resident registration certificate (individual abstract, chobon)")
                        .summary("개인의 주소 변동 이력과 병역 사항 등을 증명하는 초본을 발급합니다.",
                                "Issues the individual abstract of your resident registration: address history and, if asked, military service.")
                        .eligibility("주민등록이 된 본인 또는 위임받은 대리인.",
                                "The registered resident, or a representative with a power of attorney.")
                        .howToApply("실명 확인된 주민은 온라인으로 신청하면 즉시 발급(무료). 방문 400원, 무인민원발급기 200원.",
                                "Verified residents get it at once online (free). In person 400 won, kiosk 200 won.")
                        .document("신분증(주민등록증 등, 방문 시)", "ID card (when applying in person)")
                        .document("신청서(방문 시)", "Application form (in person)")
                        .events(MOVING, LOOKING_FOR_WORK)
                        .commonGrounds()
                        .field(purpose(1))
                        .field(radio("addressHistory", 1, true, "주소 변동 이력", "Address history",
                                "LAST5", "최근 5년", "Last five years", "ALL", "전체", "All"))
                        .field(copies(1))
                        .instantIssuance("RESIDENT_REGISTRATION_ABSTRACT", true)
                        .source("https://new.icheon.go.kr/portal/contents.do?mid=0103070100 ; " + DANGJIN),
                service("FAMILY_RELATIONSHIP", CERTIFICATES, "JONGNO", "CIVIL", ProcessingPeriod.immediate(), 0,
                        "가족관계증명서 발급", "Family relationship certificate")
                        .summary("본인과 부모·배우자·자녀의 인적 사항을 증명하는 가족관계증명서를 발급합니다.",
                                "Issues the certificate listing you, your parents, your spouse and your children.")
                        .eligibility("본인, 배우자, 직계혈족(대리 신청은 위임장 필요).",
                                "You, your spouse or a lineal relative (a representative needs a power of attorney).")
                        .howToApply("온라인 무료, 실명 확인된 주민은 즉시 발급. 방문 1,000원, 무인민원발급기 500원(온라인 수수료는 출처마다 달라 데모 값).",
                                "Free online, issued at once to verified residents. In person 1,000 won, kiosk 500 won (sources disagree on the online fee; demo value).")
                        .document("신분증(방문 시)", "ID card (in person)")
                        .events(HAVING_A_CHILD)
                        .commonGrounds()
                        .field(radio("kind", 1, true, "증명서 종류", "Kind of certificate",
                                "GENERAL", "일반증명서", "General", "DETAILED", "상세증명서", "Detailed",
                                "SPECIFIC", "특정증명서", "Specific"))
                        .field(purpose(1))
                        .field(text("reason", 2, false, "상세증명서가 필요한 사유", "Why a detailed certificate is needed"))
                        .instantIssuance("FAMILY_RELATIONSHIP", true)
                        .source(DANGJIN + " ; https://guidebox.kr/?p=37"),
                service("SEAL_IMPRESSION", CERTIFICATES, "JONGNO", "CIVIL", ProcessingPeriod.immediate(), 600,
                        "인감증명서 발급", "Certificate of registered seal impression")
                        .summary("신고된 인감이 본인의 것임을 증명합니다. 온라인 신청 후 주민센터에서 본인이 받습니다.",
                                "Certifies that a registered seal is yours. Apply online, then collect it in person at a community centre.")
                        .eligibility("인감을 신고한 본인(대리 발급은 인감 날인 위임장 필요).",
                                "The person who registered the seal (a representative needs a sealed power of attorney).")
                        .howToApply("온라인으로 신청·수수료 600원 납부 후 지정한 주민센터에서 신분증을 제시하고 수령.",
                                "Apply and pay the 600 won fee online, then collect it at the chosen centre with your ID.")
                        .document("신분증(수령 시)", "ID card (at collection)")
                        .events(MOVING, RETIRING)
                        .commonGrounds()
                        .field(radio("use", 1, true, "용도", "Use",
                                "GENERAL", "일반용", "General", "REAL_ESTATE", "부동산 매도용", "Sale of real estate",
                                "VEHICLE", "자동차 매도용", "Sale of a vehicle"))
                        .field(text("buyer", 1, false, "매수자 성명(매도용일 때)", "Buyer's name (for a sale)"))
                        .field(select("collectAt", 2, true, "수령 장소", "Where to collect",
                                "JONGNO1", "종로1·2·3·4가동 주민센터", "Jongno 1-4 ga community centre",
                                "SAJIK", "사직동 주민센터", "Sajik-dong community centre",
                                "HYEHWA", "혜화동 주민센터", "Hyehwa-dong community centre"))
                        .field(copies(2))
                        .source(DANGJIN),
                service("PERSONAL_SIGNATURE", CERTIFICATES, "JONGNO", "CIVIL", ProcessingPeriod.immediate(), 300,
                        "본인서명사실확인서 발급", "Certificate of personal signature")
                        .summary("인감증명서 대신 쓸 수 있는, 본인이 직접 서명했음을 확인하는 문서입니다.",
                                "A document confirming you signed in person; usable instead of a seal certificate.")
                        .eligibility("본인만 신청할 수 있습니다(대리 불가).", "Only you may apply (no representatives).")
                        .howToApply("온라인 신청·수수료 300원 납부 후 주민센터에서 서명하고 수령.",
                                "Apply and pay 300 won online, then sign and collect at a community centre.")
                        .document("신분증", "ID card")
                        .events(MOVING)
                        .commonGrounds()
                        .field(text("use", 1, true, "용도", "Use"))
                        .field(text("submitTo", 1, true, "제출처", "To be submitted to"))
                        .field(confirm("inPerson", 1, "수령 시 본인이 직접 서명함을 확인합니다", "I will sign in person when collecting"))
                        .source(DANGJIN),
                service("ENTRY_EXIT_RECORD", CERTIFICATES, "JONGNO", "CIVIL", ProcessingPeriod.immediate(), 2000,
                        "출입국에 관한 사실증명 발급", "Certificate of entry/exit records")
                        .summary("지정한 기간의 출국·입국 기록을 증명합니다.",
                                "Certifies your departures from and arrivals in Korea over a period you choose.")
                        .eligibility("본인 또는 위임받은 대리인.", "You or a representative with a power of attorney.")
                        .howToApply("온라인 신청 후 수수료 2,000원 납부, 담당자 확인 후 발급.",
                                "Apply online and pay 2,000 won; issued after an officer's check.")
                        .document("신분증(방문 시)", "ID card (in person)")
                        .events(LOOKING_FOR_WORK)
                        .commonGrounds()
                        .field(typed(FieldType.DATE, "from", 1, true, "조회 시작일", "From"))
                        .field(typed(FieldType.DATE, "to", 1, true, "조회 종료일", "To"))
                        .field(purpose(1))
                        .source(DANGJIN),
                service("HEALTH_INSURANCE_ELIGIBILITY", CERTIFICATES, "NHIS", "ELIGIBILITY", ProcessingPeriod.immediate(), 0,
                        "건강보험 자격득실확인서 발급", "Health insurance eligibility (acquisition/loss) certificate")
                        .summary("직장·지역 건강보험 자격을 언제 얻고 잃었는지 증명합니다. 취업·경력 증빙에 쓰입니다.",
                                "Certifies when you gained and lost workplace or local health-insurance coverage; used as proof of employment.")
                        .eligibility("건강보험 가입자 본인 또는 피부양자.", "The insured person or a dependant.")
                        .howToApply("무료(온라인·지사·팩스). 온라인 신청 후 즉시 처리.", "Free (online, branch or fax). Processed at once online.")
                        .document("신분증(지사 방문 시)", "ID card (at a branch)")
                        .events(LOOKING_FOR_WORK, RETIRING)
                        .commonGrounds()
                        .field(select("scope", 1, true, "조회 범위", "Scope",
                                "ALL", "전체 이력", "Whole history", "WORKPLACE", "직장가입 이력만", "Workplace coverage only"))
                        .field(purpose(1))
                        .field(typed(FieldType.EMAIL, "email", 1, false, "발급 알림 받을 이메일", "E-mail for the notification"))
                        .instantIssuance("HEALTH_INSURANCE_ELIGIBILITY", true)
                        .source("https://aitipp.blogspot.com/2025/10/3_5.html"),
                service("BUSINESS_REGISTRATION_CERTIFICATE", CERTIFICATES, "NTS", "JONGNO_TAX", ProcessingPeriod.immediate(), 0,
                        "사업자등록증명 발급", "Certificate of business registration")
                        .summary("사업자등록 사실과 등록 내용을 증명합니다(대출·입찰·거래처 제출용).",
                                "Certifies that a business is registered and what is registered (for loans, tenders, clients).")
                        .eligibility("사업자 본인 또는 대리인(온라인은 본인만).", "The business owner or a representative (online: the owner only).")
                        .howToApply("수수료 없음. 홈택스·정부24에서 즉시 발급.", "No fee. Issued at once through Hometax or Gov24.")
                        .document("신분증(방문 시)", "ID card (in person)")
                        .events(GROWING_A_BUSINESS)
                        .commonGrounds()
                        .field(text("businessNumber", 1, true, "사업자등록번호", "Business registration number",
                                "\\d{3}-\\d{2}-\\d{5}", 12, "예: 220-81-12341", "e.g. 220-81-12341"))
                        .field(radio("language", 1, true, "발급 언어", "Language",
                                "KO", "국문", "Korean", "EN", "영문", "English"))
                        .field(purpose(1))
                        .certificate("BUSINESS_REGISTRATION")
                        .source("https://alwayz-seller.gitbook.io/seller-support-guide/undefined-11"));
    }
}
