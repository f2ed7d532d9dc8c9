package org.madang.services.infrastructure;

import org.madang.services.domain.FieldType;
import org.madang.services.domain.ProcessingPeriod;

import java.util.List;

import static org.madang.services.domain.LifeEvent.EXPORTING;
import static org.madang.services.domain.LifeEvent.GROWING_A_BUSINESS;
import static org.madang.services.domain.LifeEvent.STARTING_A_BUSINESS;
import static org.madang.services.domain.ServiceCategory.FINANCE;
import static org.madang.services.domain.ServiceCategory.INVESTMENT;
import static org.madang.services.domain.ServiceCategory.TRADE;
import static org.madang.services.infrastructure.DemoBusiness.businessNumber;
import static org.madang.services.infrastructure.DemoService.date;
import static org.madang.services.infrastructure.DemoService.file;
import static org.madang.services.infrastructure.DemoService.radio;
import static org.madang.services.infrastructure.DemoService.select;
import static org.madang.services.infrastructure.DemoService.service;
import static org.madang.services.infrastructure.DemoService.text;
import static org.madang.services.infrastructure.DemoService.typed;

/** Demo catalogue, investment, finance and trade (kr-services.csv rows 26–33). */
final class DemoInvestmentTrade {
    private DemoInvestmentTrade() {
    }

    static final String KOTRA = "https://ombudsman.kotra.or.kr/ik-jp/cntnts/i-723/web.do";
    static final String WOOSUN = "https://blog.naver.com/PostView.naver?blogId=woosunlogistics&logNo=223149224608";

    static org.madang.services.domain.ServiceFormField.Spec country(int page) {
        return select("nationality", page, true, "투자자 국적", "Investor's nationality",
                "US", "미국", "United States", "JP", "일본", "Japan", "CN", "중국", "China",
                "DE", "독일", "Germany", "SG", "싱가포르", "Singapore", "OTHER", "기타", "Other");
    }

    static List<DemoService> services() {
        return List.of(
                service("FOREIGN_INVESTMENT_NOTIFICATION", INVESTMENT, "MOTIE", "FDI", ProcessingPeriod.immediate(), 0,
                        "외국인투자 신고", "Foreign investment notification")
                        .summary("외국인이 국내 기업의 주식을 취득하거나 법인을 설립해 투자할 때 사전에 신고합니다. 신고 즉시 신고필증이 교부됩니다.",
                                "Foreign investors notify before acquiring shares in or setting up a Korean company; the acknowledgement is issued at once.")
                        .eligibility("외국 국적의 개인 또는 외국 법인(대리인 신청 가능).", "Foreign individuals or companies (an agent may apply).")
                        .howToApply("온라인 신고(위탁기관: KOTRA 인베스트코리아, 외국환은행). 수수료 없음(데모 값).",
                                "Notify online (delegated to KOTRA Invest KOREA and foreign-exchange banks). No fee (demo value).")
                        .document("외국인투자 신고서", "Foreign investment notification form")
                        .document("국적증명서(개인: 여권 / 법인: 법인증명서)", "Proof of nationality (passport, or certificate of incorporation)")
                        .document("위임장(대리 시)", "Power of attorney (for an agent)")
                        .events(STARTING_A_BUSINESS, GROWING_A_BUSINESS)
                        .commonGrounds()
                        .field(text("investorName", 1, true, "투자자 명칭", "Investor's name"))
                        .field(country(1))
                        .field(radio("investmentType", 2, true, "투자 방식", "Type of investment",
                                "NEW_SHARES", "신주 취득", "New shares", "EXISTING_SHARES", "기존 주식 취득", "Existing shares",
                                "NEW_COMPANY", "법인 설립", "New company"))
                        .field(typed(FieldType.NUMBER, "amountUsd", 2, true, "투자 금액(미화 달러)", "Amount (US dollars)"))
                        .field(file("nationalityProof", 2, true, "국적증명서", "Proof of nationality"))
                        .source(KOTRA),
                service("FOREIGN_INVESTED_COMPANY_REGISTRATION", INVESTMENT, "MOTIE", "FDI", ProcessingPeriod.immediate(), 0,
                        "외국인투자기업 등록", "Registration of foreign-invested company")
                        .summary("출자를 마친 외국인투자기업을 등록해 등록증명서를 받습니다(세제 감면 등의 전제).",
                                "Registers a foreign-invested company once the capital is paid in (needed for tax incentives).")
                        .eligibility("외국인투자 신고 후 출자 목적물 납입을 마친 기업.", "Companies that notified and paid in the investment.")
                        .howToApply("최초 신고기관에 온라인 신청, 즉시 처리.", "Apply online to the body that took the notification; processed at once.")
                        .document("외국인투자기업등록신청서(별지 제17호서식)", "Registration form (Form 17)")
                        .document("외국환매입증명서", "Certificate of foreign-exchange purchase")
                        .document("법인등기부등본", "Certificate of corporate registration")
                        .events(GROWING_A_BUSINESS)
                        .commonGrounds()
                        .field(businessNumber(1, true))
                        .field(text("notificationNumber", 1, true, "외국인투자 신고번호", "Investment notification number"))
                        .field(date("paidInDate", 1, true, "출자 완료일", "Date capital was paid in"))
                        .field(file("fxCertificate", 2, true, "외국환매입증명서", "Foreign-exchange purchase certificate"))
                        .source(KOTRA + " ; https://www.easylaw.go.kr"),
                service("OVERSEAS_DIRECT_INVESTMENT", FINANCE, "MOTIE", "TRADE", ProcessingPeriod.days(2), 0,
                        "해외직접투자 신고(외국환거래법)", "Overseas direct investment report (Foreign Exchange Transactions Act)")
                        .summary("국내 거주자가 해외 법인에 투자하거나 해외 지점을 설치할 때 신고합니다. 데모에서는 무역정책과가 접수합니다.",
                                "Residents report investing in a foreign company or opening a branch abroad. In this demo the Trade Policy Division receives it.")
                        .eligibility("국내 거주자(개인·법인).", "Korean residents (individuals and companies).")
                        .howToApply("신고 2영업일 이내 처리(학습자료 요약 — 외국환거래규정에서 확인 필요; 데모 값).",
                                "Processed within 2 business days (from study notes — to be checked in the Foreign Exchange Regulations; demo value).")
                        .document("해외직접투자 신고서", "Overseas direct investment report form")
                        .document("사업계획서", "Business plan")
                        .events(EXPORTING, GROWING_A_BUSINESS)
                        .commonGrounds()
                        .field(businessNumber(1, true))
                        .field(select("targetCountry", 1, true, "투자 대상국", "Country of investment",
                                "VN", "베트남", "Vietnam", "US", "미국", "United States", "CN", "중국", "China",
                                "ID", "인도네시아", "Indonesia", "OTHER", "기타", "Other"))
                        .field(typed(FieldType.NUMBER, "amountUsd", 1, true, "투자 금액(미화 달러)", "Amount (US dollars)"))
                        .field(file("businessPlan", 2, true, "사업계획서", "Business plan"))
                        .source("https://m.blog.naver.com/kimtjy/222291644349 (study notes)"),
                service("TRADE_BUSINESS_CODE", TRADE, "MOTIE", "TRADE", ProcessingPeriod.immediate(), 0,
                        "무역업 고유번호 신청", "Trade business code number application")
                        .summary("수출입 실적 관리 등에 쓰이는 무역업 고유번호를 부여받습니다(의무 아님).",
                                "Get a trade business code, used for export and import records (optional).")
                        .eligibility("무역업을 하려는 사업자.", "Businesses that trade internationally.")
                        .howToApply("온라인 신청, 즉시 부여(데모 값). 실제 업무는 한국무역협회가 위탁 수행.",
                                "Apply online; assigned at once (demo value). In reality delegated to the Korea International Trade Association.")
                        .document("무역업 고유번호 신청서", "Application form")
                        .document("사업자등록증", "Business registration certificate")
                        .events(EXPORTING)
                        .commonGrounds()
                        .field(businessNumber(1, true))
                        .field(text("tradeName", 1, true, "상호", "Trade name"))
                        .field(text("tradeNameEn", 1, true, "영문 상호", "Trade name in English", "[A-Za-z0-9 .,&()-]{2,100}",
                                100, "영문·숫자만", "Latin letters and digits only"))
                        .source(WOOSUN),
                service("CUSTOMS_CLEARANCE_CODE", TRADE, "KCS", "SEOUL_CUST", ProcessingPeriod.days(1), 0,
                        "통관고유부호 신청(사업자)", "Customs clearance unique code (business)")
                        .summary("수출입 신고에 쓰는 사업자의 통관고유부호를 신청합니다.", "Apply for the customs code a business uses in import and export declarations.")
                        .eligibility("사업자등록을 한 수출입 사업자.", "Registered businesses that import or export.")
                        .howToApply("온라인 신청, 세관 확인 후 1일 이내 부여(데모 값).", "Apply online; assigned within a day after the customs check (demo value).")
                        .document("사업자등록증", "Business registration certificate")
                        .events(EXPORTING, STARTING_A_BUSINESS)
                        .commonGrounds()
                        .field(businessNumber(1, true))
                        .field(text("representative", 1, true, "대표자 성명", "Representative's name"))
                        .field(radio("trade", 1, true, "거래 구분", "Trade",
                                "IMPORT", "수입", "Import", "EXPORT", "수출", "Export", "BOTH", "수출입", "Both"))
                        .field(typed(FieldType.PHONE, "phone", 2, true, "연락처", "Phone"))
                        .source(WOOSUN),
                service("PERSONAL_CUSTOMS_CODE", TRADE, "KCS", "SEOUL_CUST", ProcessingPeriod.immediate(), 0,
                        "개인통관고유부호 발급", "Personal customs clearance code (PCCC)")
                        .summary("해외 직구 물품 통관에 주민등록번호 대신 쓰는 개인통관고유부호를 발급합니다(유효기간 1년).",
                                "Issues the personal customs code used instead of the resident number for overseas purchases (valid one year).")
                        .eligibility("본인 인증을 마친 개인.", "Individuals who have verified their identity.")
                        .howToApply("온라인 즉시 발급, 수수료 없음.", "Issued online at once, free.")
                        .document("본인인증(휴대폰·인증서)", "Identity verification (phone or certificate)")
                        .events(EXPORTING)
                        .commonGrounds()
                        .field(typed(FieldType.PHONE, "phone", 1, true, "휴대전화 번호", "Mobile phone"))
                        .field(typed(FieldType.EMAIL, "email", 1, true, "이메일", "E-mail"))
                        .field(text("address", 1, true, "배송 주소", "Delivery address"))
                        .source("https://brunch.co.kr/@314fa4ff05fa455/452 (secondary)"),
                service("FTA_ORIGIN_CERTIFICATE", TRADE, "KCS", "ORIGIN", ProcessingPeriod.days(3), 0,
                        "FTA 원산지증명서 발급(기관발급)", "FTA certificate of origin (issued by authority)")
                        .summary("FTA 특혜관세를 받기 위해 세관이 발급하는 원산지증명서를 신청합니다.",
                                "Apply for a certificate of origin from customs so goods receive FTA preferential duty.")
                        .eligibility("수출자 또는 생산자.", "Exporters or producers.")
                        .howToApply("온라인 신청, 3일 이내 발급(데모 값). 상공회의소 발급 대상은 제외.",
                                "Apply online; issued within 3 days (demo value). Not for certificates the Chamber of Commerce issues.")
                        .document("원산지증명서 발급신청서", "Application for a certificate of origin")
                        .document("원산지소명서", "Origin statement")
                        .document("수출신고필증", "Export declaration")
                        .events(EXPORTING)
                        .commonGrounds()
                        .ground("ORIGIN_NOT_MET", "「자유무역협정 관세법」 제7조: 원산지결정기준을 충족하지 못함",
                                "FTA Customs Act, art. 7: the rules of origin are not met")
                        .field(businessNumber(1, true))
                        .field(select("agreement", 1, true, "협정", "Agreement",
                                "KORUS", "한-미 FTA", "Korea–US FTA", "KOREU", "한-EU FTA", "Korea–EU FTA",
                                "RCEP", "RCEP", "RCEP", "KORCN", "한-중 FTA", "Korea–China FTA"))
                        .field(text("hsCode", 1, true, "HS 코드", "HS code", "\\d{4}(\\.\\d{2}){0,3}", 13,
                                "예: 8703.23", "e.g. 8703.23"))
                        .field(file("originStatement", 2, true, "원산지소명서", "Origin statement"))
                        .field(file("exportDeclaration", 2, true, "수출신고필증", "Export declaration"))
                        .source("https://www.kita.net/tradeNavi/faq/faqList.do"),
                service("UNIPASS_REGISTRATION", TRADE, "KCS", "SEOUL_CUST", ProcessingPeriod.days(1), 0,
                        "UNI-PASS 사용자 등록(인터넷 통관서비스 이용신청)", "UNI-PASS user registration")
                        .summary("전자통관시스템 UNI-PASS를 쓰기 위한 사용자 등록을 신청합니다. 세관 심사 후 승인됩니다.",
                                "Register as a user of the UNI-PASS electronic customs system; approved after a customs review.")
                        .eligibility("수출입 업체, 관세사, 개인.", "Traders, customs brokers and individuals.")
                        .howToApply("온라인 신청, 1일 이내 승인(데모 값).", "Apply online; approved within a day (demo value).")
                        .document("인증서 정보 등록", "Registration of your certificate")
                        .events(EXPORTING)
                        .commonGrounds()
                        .field(radio("userType", 1, true, "사용자 구분", "User type",
                                "COMPANY", "업체", "Company", "BROKER", "관세사", "Customs broker", "PERSON", "개인", "Individual"))
                        .field(businessNumber(1, false))
                        .field(typed(FieldType.EMAIL, "email", 1, true, "이메일", "E-mail"))
                        .source("https://customs.go.kr/call/ad/crmcc/selectFaqViewPage.do?cnslKnwlSrno=82&mi=6822"));
    }
}
