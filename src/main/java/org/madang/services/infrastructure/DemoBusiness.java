package org.madang.services.infrastructure;

import org.madang.services.domain.FieldType;
import org.madang.services.domain.ProcessingPeriod;
import org.madang.services.domain.RegistrationKind;

import java.util.List;

import static org.madang.services.domain.LifeEvent.GROWING_A_BUSINESS;
import static org.madang.services.domain.LifeEvent.STARTING_A_BUSINESS;
import static org.madang.services.domain.ServiceCategory.BUSINESS;
import static org.madang.services.infrastructure.DemoService.confirm;
import static org.madang.services.infrastructure.DemoService.date;
import static org.madang.services.infrastructure.DemoService.file;
import static org.madang.services.infrastructure.DemoService.radio;
import static org.madang.services.infrastructure.DemoService.select;
import static org.madang.services.infrastructure.DemoService.service;
import static org.madang.services.infrastructure.DemoService.text;
import static org.madang.services.infrastructure.DemoService.typed;

/** Demo catalogue, starting and running a business (kr-services.csv rows 20–25). */
final class DemoBusiness {
    private DemoBusiness() {
    }

    static final String BUSINESS_NUMBER = "\\d{3}-\\d{2}-\\d{5}";

    static org.madang.services.domain.ServiceFormField.Spec businessNumber(int page, boolean required) {
        return text("businessNumber", page, required, "사업자등록번호", "Business registration number",
                BUSINESS_NUMBER, 12, "예: 220-81-12341", "e.g. 220-81-12341");
    }

    static List<DemoService> services() {
        return List.of(
                service("BUSINESS_REGISTRATION", BUSINESS, "NTS", "JONGNO_TAX", ProcessingPeriod.days(2), 0,
                        "사업자등록 신청(개인)", "Business registration application (individual)")
                        .summary("개인사업을 시작할 때 관할 세무서에 사업자등록을 신청합니다. 사업 개시일부터 20일 이내.",
                                "Register a sole proprietorship with the tax office; within 20 days of starting the business.")
                        .eligibility("사업을 시작하려는 개인(사업 개시 전에도 신청 가능).", "Individuals starting a business (also before it starts).")
                        .howToApply("온라인 신청. 처리기간 2일(현장 확인이 필요하면 연장될 수 있음; 데모 값).",
                                "Apply online. Processed in 2 days (longer if an on-site check is needed; demo value).")
                        .document("사업자등록신청서", "Business registration application form")
                        .document("임대차계약서 사본(사업장을 빌린 경우)", "Copy of the lease (if the premises are rented)")
                        .document("허가(등록·신고)증 사본(해당 시)", "Copy of the licence or permit (if any)")
                        .document("동업계약서(공동사업자)", "Partnership agreement (joint businesses)")
                        .events(STARTING_A_BUSINESS)
                        .commonGrounds()
                        .ground("NO_REAL_BUSINESS", "「부가가치세법 시행령」 제11조: 사업을 사실상 시작하지 않을 것으로 인정됨",
                                "VAT Act Enforcement Decree, art. 11: the business is not expected actually to start")
                        .field(text("tradeName", 1, true, "상호", "Trade name"))
                        .field(date("startDate", 1, true, "개업일", "Date the business starts"))
                        .field(select("businessType", 1, true, "업태", "Type of business",
                                "RETAIL", "소매업", "Retail", "FOOD", "음식점업", "Restaurant",
                                "SERVICE", "서비스업", "Services", "IT", "정보통신업", "Information and communications"))
                        .field(text("address", 2, true, "사업장 소재지", "Business address"))
                        .field(radio("premises", 2, true, "사업장 구분", "Premises",
                                "OWNED", "자가", "Owned", "RENTED", "임차", "Rented"))
                        .field(file("lease", 2, false, "임대차계약서 사본", "Copy of the lease"))
                        .registersAs(RegistrationKind.BUSINESS_NUMBER, "101-01")
                        .source("https://cchungkr.tistory.com/9830118 (secondary)"),
                service("CORPORATE_REGISTRATION", BUSINESS, "NTS", "CORP_TAX", ProcessingPeriod.days(2), 0,
                        "법인설립신고 및 사업자등록 신청(영리법인)", "Corporate incorporation report & business registration")
                        .summary("설립등기를 마친 영리법인이 본점 소재지 관할 세무서에 법인설립신고와 사업자등록을 함께 신청합니다.",
                                "A company registered at the court reports its incorporation and registers for tax with the head office's tax office.")
                        .eligibility("설립등기를 마친 영리법인(대표자 또는 대리인).", "Incorporated for-profit companies (the representative or an agent).")
                        .howToApply("온라인 신청. 처리기간 2일은 데모 값.", "Apply online. The 2-day period is a demo value.")
                        .document("법인설립신고 및 사업자등록신청서", "Incorporation report and registration form")
                        .document("법인등기부등본", "Certificate of corporate registration")
                        .document("정관 사본", "Copy of the articles of incorporation")
                        .document("주주(출자자)명세서", "Register of shareholders")
                        .document("임대차계약서 사본(해당 시)", "Copy of the lease (if any)")
                        .events(STARTING_A_BUSINESS, GROWING_A_BUSINESS)
                        .commonGrounds()
                        .field(text("corporateName", 1, true, "법인명", "Company name"))
                        .field(text("corporateNumber", 1, true, "법인등록번호", "Corporate registration number",
                                "\\d{6}-\\d{7}", 14, "예: 110111-1234567", "e.g. 110111-1234567"))
                        .field(date("incorporationDate", 1, true, "설립등기일", "Date of incorporation"))
                        .field(text("headOffice", 2, true, "본점 소재지", "Head office address"))
                        .field(file("articles", 2, true, "정관 사본", "Articles of incorporation"))
                        .field(file("shareholders", 2, true, "주주명세서", "Register of shareholders"))
                        .registersAs(RegistrationKind.BUSINESS_NUMBER, "101-81")
                        .source("https://cchungkr.tistory.com/9830118 ; https://ombudsman.kotra.or.kr/ik-jp/cntnts/i-723/web.do"),
                service("MAIL_ORDER_REPORT", BUSINESS, "SEOUL", "ECONOMY", ProcessingPeriod.days(3), 0,
                        "통신판매업 신고", "Mail-order (e-commerce) business report")
                        .summary("인터넷 쇼핑몰·오픈마켓 등에서 상품을 파는 사업자가 통신판매업을 신고합니다. 등록면허세는 별도입니다.",
                                "Sellers on online shops and marketplaces report their mail-order business. The registration licence tax is separate.")
                        .eligibility("사업자등록을 마친 통신판매 사업자.", "Registered businesses that sell at a distance.")
                        .howToApply("온라인 신고 후 등록면허세(지역·규모별, 예: 40,500원) 납부, 신고증 출력. 처리 3일은 데모 값.",
                                "Report online, pay the licence tax (varies; e.g. 40,500 won) and print the certificate. 3 days is a demo value.")
                        .document("구매안전서비스 이용확인증", "Proof of an escrow (purchase safety) service")
                        .document("사업자등록증(행정정보 공동이용 동의 시 생략)", "Business registration certificate (not needed if you consent to data sharing)")
                        .events(STARTING_A_BUSINESS)
                        .commonGrounds()
                        .field(businessNumber(1, true))
                        .field(text("shopName", 1, true, "쇼핑몰 이름", "Shop name"))
                        .field(typed(FieldType.TEXT, "shopUrl", 1, true, "인터넷 도메인", "Web address"))
                        .field(select("products", 2, true, "주요 취급 품목", "Main products",
                                "CLOTHING", "의류·패션", "Clothing and fashion", "FOOD", "식품", "Food",
                                "ELECTRONICS", "가전·전자", "Electronics", "GENERAL", "종합몰", "General store"))
                        .field(file("escrowProof", 2, true, "구매안전서비스 이용확인증", "Proof of escrow service"))
                        .registersAs(RegistrationKind.MAIL_ORDER_REPORT_NUMBER, "서울종로")
                        .source("https://alwayz-seller.gitbook.io/seller-support-guide/undefined-11 (secondary)"),
                service("MAIL_ORDER_REISSUE", BUSINESS, "FTC", "CONSUMER", ProcessingPeriod.immediate(), 0,
                        "통신판매업 신고증 재발급", "Re-issue of mail-order business report certificate")
                        .summary("잃어버리거나 훼손된 통신판매업 신고증을 다시 발급합니다.", "Re-issues a lost or damaged mail-order business certificate.")
                        .eligibility("통신판매업을 신고한 사업자 또는 대리인.", "The reported business or its representative.")
                        .howToApply("온라인 신청, 수수료 없음. 근무시간 내 3시간 안에 처리.", "Apply online, free; processed within 3 working hours.")
                        .document("신분증(대리 시 대리인 신분증)", "ID (and the representative's ID)")
                        .document("사업자등록증명", "Certificate of business registration")
                        .events(GROWING_A_BUSINESS)
                        .commonGrounds()
                        .field(businessNumber(1, true))
                        .field(text("reportNumber", 1, true, "통신판매업 신고번호", "Mail-order report number",
                                "\\d{4}-[가-힣A-Za-z]{2,10}-\\d{4,5}", 30, "예: 2026-서울종로-0123", "e.g. 2026-서울종로-0123"))
                        .field(radio("reason", 1, true, "재발급 사유", "Reason",
                                "LOST", "분실", "Lost", "DAMAGED", "훼손", "Damaged"))
                        .source("https://blindmoney.kr (secondary, quoting Gov24)"),
                service("FOOD_SERVICE_REPORT", BUSINESS, "JONGNO", "HYGIENE", ProcessingPeriod.immediate(), 28000,
                        "식품접객업(일반·휴게음식점·제과점) 영업신고", "Food-service business report (restaurants/cafés/bakeries)")
                        .summary("일반음식점·휴게음식점·제과점을 열기 전에 영업을 신고합니다.",
                                "Report a restaurant, café or bakery before it opens.")
                        .eligibility("위생교육을 받고 건강진단을 마친 영업자.", "Operators who completed hygiene training and a health check.")
                        .howToApply("온라인 신고 후 수수료 28,000원 납부. 즉시(3시간 이내) 처리.",
                                "Report online and pay the 28,000 won fee. Processed at once (within 3 working hours).")
                        .document("위생교육 수료증", "Hygiene training certificate")
                        .document("건강진단결과서", "Health check result")
                        .document("소방시설 완비증명서(지하 66㎡·2층 이상 100㎡ 이상 등)", "Fire safety certificate (basements over 66 m², upper floors over 100 m², …)")
                        .events(STARTING_A_BUSINESS)
                        .commonGrounds()
                        .ground("HYGIENE_TRAINING_MISSING", "「식품위생법」 제41조: 위생교육을 받지 않음",
                                "Food Sanitation Act, art. 41: hygiene training not completed")
                        .field(select("kind", 1, true, "업종", "Kind of business",
                                "GENERAL", "일반음식점", "Restaurant", "REST", "휴게음식점", "Café or snack bar",
                                "BAKERY", "제과점", "Bakery"))
                        .field(text("tradeName", 1, true, "상호", "Trade name"))
                        .field(text("address", 1, true, "영업장 소재지", "Address of the premises"))
                        .field(typed(FieldType.NUMBER, "area", 2, true, "영업장 면적(㎡)", "Floor area (m²)"))
                        .field(file("hygieneTraining", 2, true, "위생교육 수료증", "Hygiene training certificate"))
                        .field(file("healthCheck", 2, true, "건강진단결과서", "Health check result"))
                        .registersAs(RegistrationKind.FOOD_BUSINESS_REPORT_NUMBER, "서울종로")
                        .source("https://www.gangjin.go.kr ; https://sd.go.kr/health/contents.do?key=2359&"),
                service("FOOD_MANUFACTURING_REPORT", BUSINESS, "JONGNO", "HYGIENE", ProcessingPeriod.immediate(), 28000,
                        "식품제조·가공업 등 식품영업신고", "Food manufacturing/processing etc. business report")
                        .summary("식품을 제조·가공하는 영업을 시작하기 전에 신고합니다.", "Report a food manufacturing or processing business before it starts.")
                        .eligibility("위생교육을 받은 영업자.", "Operators who completed hygiene training.")
                        .howToApply("온라인 신고 후 수수료 28,000원 납부. 즉시 처리.", "Report online and pay 28,000 won. Processed at once.")
                        .document("식품영업신고서", "Food business report form")
                        .document("건축물관리대장", "Building register")
                        .document("위생교육필증", "Hygiene training certificate")
                        .document("수질검사성적서(지하수 사용 시)", "Water test report (when using groundwater)")
                        .document("제조방법 설명서", "Description of the manufacturing process")
                        .events(STARTING_A_BUSINESS)
                        .commonGrounds()
                        .field(text("tradeName", 1, true, "상호", "Trade name"))
                        .field(text("products", 1, true, "생산 품목", "Products"))
                        .field(radio("groundwater", 1, true, "지하수 사용", "Uses groundwater",
                                "NO", "아니오", "No", "YES", "예", "Yes"))
                        .field(file("process", 2, true, "제조방법 설명서", "Description of the process"))
                        .field(file("hygieneTraining", 2, true, "위생교육필증", "Hygiene training certificate"))
                        .field(confirm("declaration", 2, "신고 내용이 사실임을 확인합니다", "I confirm the report is true"))
                        .registersAs(RegistrationKind.FOOD_BUSINESS_REPORT_NUMBER, "서울종로")
                        .source("https://www.gwgs.go.kr/health/sub03_020201.do"));
    }
}
