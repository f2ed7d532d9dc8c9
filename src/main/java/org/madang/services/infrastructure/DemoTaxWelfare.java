package org.madang.services.infrastructure;

import org.madang.services.domain.FieldType;
import org.madang.services.domain.ProcessingPeriod;

import java.util.List;

import static org.madang.services.domain.LifeEvent.GROWING_A_BUSINESS;
import static org.madang.services.domain.LifeEvent.HARDSHIP;
import static org.madang.services.domain.LifeEvent.HAVING_A_CHILD;
import static org.madang.services.domain.LifeEvent.PAYING_TAXES;
import static org.madang.services.domain.LifeEvent.RETIRING;
import static org.madang.services.domain.ServiceCategory.TAX;
import static org.madang.services.domain.ServiceCategory.WELFARE;
import static org.madang.services.infrastructure.DemoCertificates.DANGJIN;
import static org.madang.services.infrastructure.DemoCertificates.purpose;
import static org.madang.services.infrastructure.DemoService.confirm;
import static org.madang.services.infrastructure.DemoService.date;
import static org.madang.services.infrastructure.DemoService.file;
import static org.madang.services.infrastructure.DemoService.radio;
import static org.madang.services.infrastructure.DemoService.select;
import static org.madang.services.infrastructure.DemoService.service;
import static org.madang.services.infrastructure.DemoService.text;
import static org.madang.services.infrastructure.DemoService.typed;

/** Demo catalogue, tax and welfare (kr-services.csv rows 9–15). */
final class DemoTaxWelfare {
    private DemoTaxWelfare() {
    }

    static final String ACCOUNT_PATTERN = "[0-9-]{8,20}";

    static List<DemoService> services() {
        return List.of(
                service("NATIONAL_TAX_PAYMENT_CERTIFICATE", TAX, "NTS", "JONGNO_TAX", ProcessingPeriod.immediate(), 0,
                        "국세 납세증명서(국세완납증명) 발급", "Tax payment certificate (national taxes)")
                        .summary("체납된 국세가 없음을 증명합니다. 원칙적으로 발급일부터 30일간 유효합니다.",
                                "Certifies that you owe no national tax. Valid, as a rule, for 30 days from issue.")
                        .eligibility("납세자 본인 또는 위임받은 대리인.", "The taxpayer or a representative with a power of attorney.")
                        .howToApply("온라인 신청, 수수료 없음(데모 값). 체납이 없으면 즉시 발급.",
                                "Apply online, no fee (demo value). Issued at once when nothing is owed.")
                        .document("신분증(방문 시)", "ID card (in person)")
                        .events(PAYING_TAXES, GROWING_A_BUSINESS)
                        .commonGrounds()
                        .ground("TAX_ARREARS", "「국세징수법」 제107조: 체납액이 있는 경우",
                                "National Tax Collection Act, art. 107: national taxes are in arrears")
                        .field(purpose(1))
                        .field(radio("holder", 1, true, "발급 대상", "Certificate for",
                                "PERSON", "개인", "Myself", "BUSINESS", "사업자", "My business"))
                        .field(text("businessNumber", 1, false, "사업자등록번호(사업자일 때)", "Business number (for a business)",
                                "\\d{3}-\\d{2}-\\d{5}", 12, "예: 220-81-12341", "e.g. 220-81-12341"))
                        .source("https://howtocenter.co.kr (secondary)"),
                service("LOCAL_TAX_PAYMENT_CERTIFICATE", TAX, "JONGNO", "TAX", ProcessingPeriod.immediate(), 0,
                        "지방세 납세증명서 발급", "Local tax payment certificate")
                        .summary("체납된 지방세가 없음을 증명합니다.", "Certifies that you owe no local tax.")
                        .eligibility("납세자 본인 또는 대리인.", "The taxpayer or a representative.")
                        .howToApply("정부24·이 포털에서 무료로 신청하면 즉시 발급.", "Free through Gov24 or this portal; issued at once.")
                        .document("신분증(방문 시)", "ID card (in person)")
                        .events(PAYING_TAXES)
                        .commonGrounds()
                        .ground("TAX_ARREARS", "「지방세징수법」 제5조: 체납액이 있는 경우",
                                "Local Tax Collection Act, art. 5: local taxes are in arrears")
                        .field(purpose(1))
                        .field(typed(FieldType.CHECKBOX, "includeAddress", 1, false, "주소 표시", "Show my address"))
                        .field(radio("copies", 1, true, "발급 부수", "Copies", "1", "1부", "1 copy", "2", "2부", "2 copies"))
                        .source(DANGJIN),
                service("LOCAL_TAX_ASSESSMENT_CERTIFICATE", TAX, "JONGNO", "TAX", ProcessingPeriod.immediate(), 800,
                        "지방세 세목별 과세증명서 발급", "Local tax assessment certificate (by tax item)")
                        .summary("재산세·자동차세 등 세목별로 부과된 지방세 내역을 증명합니다.",
                                "Certifies the local taxes assessed on you, tax by tax (property, vehicle…).")
                        .eligibility("납세자 본인 또는 대리인.", "The taxpayer or a representative.")
                        .howToApply("온라인 신청 후 수수료 800원 납부(방문 수수료; 온라인은 데모 값).",
                                "Apply online and pay 800 won (the counter fee; the online fee is a demo value).")
                        .document("신분증(방문 시)", "ID card (in person)")
                        .events(PAYING_TAXES)
                        .commonGrounds()
                        .field(select("taxItem", 1, true, "세목", "Tax item",
                                "PROPERTY", "재산세", "Property tax", "VEHICLE", "자동차세", "Vehicle tax",
                                "ACQUISITION", "취득세", "Acquisition tax", "ALL", "전체 세목", "All items"))
                        .field(select("year", 1, true, "과세연도", "Tax year",
                                "2026", "2026년", "2026", "2025", "2025년", "2025", "2024", "2024년", "2024"))
                        .field(purpose(1))
                        .source(DANGJIN),
                service("VAT_RETURN", TAX, "NTS", "JONGNO_TAX", ProcessingPeriod.days(7), 0,
                        "부가가치세 신고(예정·확정)", "VAT return (preliminary / final)")
                        .summary("과세기간의 부가가치세를 신고합니다. 기한: 1기 예정 4.25, 1기 확정 7.25, 2기 예정 10.25, 2기 확정 다음해 1.25.",
                                "File the VAT return for a period. Deadlines: 25 April, 25 July, 25 October and 25 January.")
                        .eligibility("부가가치세 과세사업자(예정신고는 법인사업자 원칙).",
                                "VAT-registered businesses (preliminary returns are, as a rule, for corporations).")
                        .howToApply("온라인 전자신고. 검토 기간 7일은 데모 값입니다.", "File online. The 7-day review period is a demo value.")
                        .document("매출·매입 세금계산서 합계표", "Summary of sales and purchase tax invoices")
                        .events(PAYING_TAXES, GROWING_A_BUSINESS)
                        .commonGrounds()
                        .field(text("businessNumber", 1, true, "사업자등록번호", "Business registration number",
                                "\\d{3}-\\d{2}-\\d{5}", 12, "예: 220-81-12341", "e.g. 220-81-12341"))
                        .field(select("period", 1, true, "신고 구분", "Return",
                                "P1", "1기 예정", "1st period, preliminary", "F1", "1기 확정", "1st period, final",
                                "P2", "2기 예정", "2nd period, preliminary", "F2", "2기 확정", "2nd period, final"))
                        .field(typed(FieldType.NUMBER, "salesAmount", 2, true, "과세표준(매출액, 원)", "Taxable sales (won)"))
                        .field(typed(FieldType.NUMBER, "purchaseAmount", 2, true, "매입액(원)", "Purchases (won)"))
                        .field(file("invoiceSummary", 2, true, "세금계산서 합계표", "Tax invoice summary"))
                        .source("https://front.taxnet.co.kr (secondary)"),
                service("BASIC_LIVELIHOOD", WELFARE, "MOHW", "LIVELIHOOD", ProcessingPeriod.days(30), 0,
                        "국민기초생활보장 급여 신청(생계·의료·주거·교육)", "National Basic Livelihood Security benefits application")
                        .summary("소득·재산이 기준 이하인 가구에 생계·의료·주거·교육급여를 지급합니다. 신청 후 30일 이내 통지(특별한 사유가 있으면 60일).",
                                "Livelihood, medical, housing and education benefits for households below the income and asset thresholds. Decision within 30 days (60 with special reasons).")
                        .eligibility("소득인정액이 급여별 선정기준 이하인 가구.", "Households whose recognised income is below each benefit's threshold.")
                        .howToApply("온라인 또는 주민센터에서 신청. 금융정보 제공 동의가 필요합니다.",
                                "Apply online or at a community centre. Consent to financial-information checks is needed.")
                        .document("사회복지서비스 및 급여 제공 신청서", "Application for social welfare services and benefits")
                        .document("소득·재산 신고서", "Income and asset declaration")
                        .document("금융정보 제공 동의서(부양의무자 포함)", "Consent to financial-information checks (incl. liable relatives)")
                        .document("가족관계증명서", "Family relationship certificate")
                        .events(HARDSHIP)
                        .commonGrounds()
                        .ground("ABOVE_THRESHOLD", "「국민기초생활 보장법」 제8조: 소득인정액이 선정기준을 초과함",
                                "National Basic Living Security Act, art. 8: recognised income above the threshold")
                        .field(select("benefit", 1, true, "신청 급여", "Benefit applied for",
                                "LIVING", "생계급여", "Livelihood", "MEDICAL", "의료급여", "Medical",
                                "HOUSING", "주거급여", "Housing", "EDUCATION", "교육급여", "Education"))
                        .field(typed(FieldType.NUMBER, "householdSize", 1, true, "가구원 수", "Household size"))
                        .field(typed(FieldType.NUMBER, "monthlyIncome", 2, true, "월 소득(원)", "Monthly income (won)"))
                        .field(file("incomeDeclaration", 2, true, "소득·재산 신고서", "Income and asset declaration"))
                        .field(confirm("financialConsent", 3, "금융정보 제공에 동의합니다", "I consent to the financial-information checks"))
                        .source("https://info.wooyupost.com (secondary)"),
                service("CHILD_ALLOWANCE", WELFARE, "MOHW", "CHILD", ProcessingPeriod.days(30), 0,
                        "아동수당 신청", "Child allowance application")
                        .summary("만 8세 미만 아동에게 매월 아동수당을 지급합니다.", "A monthly allowance for each child under eight.")
                        .eligibility("만 8세 미만 아동의 보호자(대한민국 국적·주민등록).", "The guardian of a child under eight (Korean nationality, registered residence).")
                        .howToApply("온라인 또는 주민센터. 출생일부터 60일 이내에 신청하면 출생월부터 소급 지급(데모 설명).",
                                "Online or at a community centre. Apply within 60 days of birth to be paid from the month of birth (demo text).")
                        .document("신청인 신분증", "Applicant's ID")
                        .document("통장 사본", "Copy of a bank book")
                        .document("가족관계증명서(온라인 신청 시 행정정보 공동이용으로 생략 가능)", "Family relationship certificate (not needed online: shared administrative data)")
                        .events(HAVING_A_CHILD)
                        .commonGrounds()
                        .field(text("childName", 1, true, "아동 성명", "Child's name"))
                        .field(date("childBirthDate", 1, true, "아동 생년월일", "Child's date of birth"))
                        .field(select("bank", 2, true, "입금 은행", "Bank",
                                "KB", "국민은행", "KB Kookmin Bank", "SHINHAN", "신한은행", "Shinhan Bank",
                                "WOORI", "우리은행", "Woori Bank", "NH", "농협은행", "NongHyup Bank"))
                        .field(text("accountNumber", 2, true, "계좌번호", "Account number", ACCOUNT_PATTERN, 20,
                                "예: 123-456-789012", "e.g. 123-456-789012"))
                        .field(file("bankBook", 2, true, "통장 사본", "Copy of the bank book"))
                        .source("https://bokjiro.go.kr/ssis-tbu/cms/pc/customer/notice/1209849_1141.html"),
                service("BASIC_PENSION", WELFARE, "MOHW", "PENSION", ProcessingPeriod.days(30), 0,
                        "기초연금 신청", "Basic pension application")
                        .summary("소득인정액이 선정기준액 이하인 만 65세 이상 어르신에게 기초연금을 지급합니다.",
                                "A basic pension for people aged 65 or over whose recognised income is below the threshold.")
                        .eligibility("만 65세 이상, 소득 하위 70% 수준. 생일이 속한 달 1개월 전부터 신청.",
                                "Aged 65 or over, in the lower 70% by income. Apply from one month before the month of your 65th birthday.")
                        .howToApply("온라인, 주민센터 또는 국민연금공단 지사. 대리 신청은 위임장 필요.",
                                "Online, at a community centre or a National Pension Service branch. A representative needs a power of attorney.")
                        .document("본인 신분증", "Your ID")
                        .document("본인 명의 통장 사본", "Copy of a bank book in your name")
                        .document("가족관계증명서(필요 시)", "Family relationship certificate (if needed)")
                        .events(RETIRING, HARDSHIP)
                        .commonGrounds()
                        .ground("UNDER_AGE", "「기초연금법」 제3조: 만 65세 미만", "Basic Pension Act, art. 3: under 65 years of age")
                        .field(radio("maritalStatus", 1, true, "혼인 상태", "Marital status",
                                "SINGLE", "단독 가구", "Living alone", "COUPLE", "부부 가구", "Married couple"))
                        .field(typed(FieldType.NUMBER, "monthlyIncome", 1, true, "월 소득(원)", "Monthly income (won)"))
                        .field(select("bank", 2, true, "입금 은행", "Bank",
                                "KB", "국민은행", "KB Kookmin Bank", "NH", "농협은행", "NongHyup Bank",
                                "POST", "우체국", "Korea Post"))
                        .field(text("accountNumber", 2, true, "계좌번호", "Account number", ACCOUNT_PATTERN, 20,
                                "예: 123-456-789012", "e.g. 123-456-789012"))
                        .field(file("bankBook", 2, true, "통장 사본", "Copy of the bank book"))
                        .source("https://t.dailypower.co.kr (secondary)"));
    }
}
