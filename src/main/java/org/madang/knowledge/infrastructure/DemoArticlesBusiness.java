package org.madang.knowledge.infrastructure;

import java.util.List;

import static org.madang.knowledge.domain.ArticleKind.LEGAL_REFERENCE;
import static org.madang.knowledge.domain.ArticleKind.MANUAL;
import static org.madang.knowledge.domain.ArticleKind.POLICY_NOTE;
import static org.madang.knowledge.domain.ArticleKind.PRECEDENT;
import static org.madang.knowledge.domain.ArticleKind.RULING;
import static org.madang.knowledge.domain.Visibility.DEPARTMENT;
import static org.madang.knowledge.domain.Visibility.PUBLIC;

/** Demo articles on taxes and starting a business: 종로세무서, 법인세과, 종로구 세무과·위생과, 서울시 지역경제과. */
final class DemoArticlesBusiness {
    private DemoArticlesBusiness() {
    }

    static List<DemoArticle> all() {
        return List.of(
                DemoArticle.of("NTS", "JONGNO_TAX", MANUAL, "BUSINESS_REGISTRATION").key("bizreg-manual")
                        .ko("개인 사업자등록 신청 처리 업무편람", "## 기한\n\n사업을 시작한 날부터 **20일 이내**에 신청합니다. 사업 개시 전에도 신청할 수 있습니다.\n\n"
                                + "## 확인할 것\n\n1. 업종과 과세 유형(일반·간이)\n2. 사업장이 임차이면 **임대차계약서 사본**\n3. 허가·신고 업종이면 허가증·신고증 사본\n\n"
                                + "서류가 갖춰지면 **2일 안에** 등록증을 발급합니다. 현장 확인이 필요하면 5일까지 연장할 수 있습니다.")
                        .en("Business registration (individuals): handling manual", "Apply within **20 days** of starting business (or before). "
                                + "Check the business type and VAT type, a **lease copy** for rented premises and any licence; issue within **2 days**, "
                                + "or up to 5 when a site check is needed.")
                        .cite("부가가치세법 | 제8조 | 제1항", "부가가치세법 시행령 | 제11조 | 제5항").review(250),
                DemoArticle.of("NTS", "JONGNO_TAX", RULING, "BUSINESS_REGISTRATION").key("bizreg-lease-old")
                        .ko("자가 사업장의 임대차계약서 제출 여부 질의회신(2024)", "**질의** 본인 소유 건물에서 소매업을 하면 임대차계약서를 내야 하나요?\n\n"
                                + "**회신** 자가 사업장은 건물 등기부등본으로 확인합니다.")
                        .en("Own premises: is a lease needed? (ruling, 2024)", "Own premises are checked on the building register.")
                        .cite("부가가치세법 시행령 | 제11조 | 제3항").publishedDaysAgo(600),
                DemoArticle.of("NTS", "JONGNO_TAX", RULING, "BUSINESS_REGISTRATION").key("bizreg-lease")
                        .ko("자가 사업장 사업자등록 시 제출 서류 질의회신(2026)", "**질의** 본인 소유 건물에서 소매업(문구점 등)을 시작하면 임대차계약서가 필요한가요?\n\n"
                                + "**회신** 자가 사업장(소유)은 임대차계약서가 필요 없습니다. 세무서가 **건물 등기사항을 전산으로 확인**하므로 "
                                + "등기부등본도 따로 내지 않습니다. 공동 소유면 다른 소유자의 사용 승낙서를 받습니다.")
                        .en("Own premises: documents for registration (ruling, 2026)", "No lease is needed for premises you own; the tax office "
                                + "checks the building register itself. For co-owned premises, bring the other owners' consent.")
                        .cite("부가가치세법 시행령 | 제11조 | 제3항").supersedes("bizreg-lease-old").publishedDaysAgo(20).visible(PUBLIC),
                DemoArticle.of("NTS", "JONGNO_TAX", RULING, "BUSINESS_REGISTRATION").key("bizreg-simplified")
                        .ko("간이과세자 적용 기준 질의회신", "**질의** 문구 소매점을 새로 열면 간이과세자가 될 수 있나요?\n\n"
                                + "**회신** 직전 연도 공급대가가 1억 400만 원에 못 미칠 것으로 보이는 개인 사업자는 간이과세를 신청할 수 있습니다. "
                                + "다만 일부 업종과 지역은 간이과세를 적용하지 않습니다.")
                        .en("Who may be a simplified taxpayer (ruling)", "A new individual business expecting sales under 104 million won a "
                                + "year may choose simplified taxation, except some trades and areas.")
                        .cite("부가가치세법 | 제61조 | 제1항").visible(PUBLIC),
                DemoArticle.of("NTS", "JONGNO_TAX", PRECEDENT, "BUSINESS_REGISTRATION").key("bizreg-nominee")
                        .ko("명의대여 의심 사업자등록 처리 사례", "신청인의 나이와 경력에 비해 업종 규모가 크고, 같은 주소에 최근 폐업한 사업자가 있어 "
                                + "현장 확인을 한 사례입니다. 실제 사업자가 따로 있음을 확인하고 등록을 거부했습니다.\n\n"
                                + "**처리 요령**: 명의대여가 의심되면 처리기간을 연장하고 현장 확인을 합니다.")
                        .en("Suspected nominee registration (precedent)", "A site check found the real owner was someone else; registration was refused.")
                        .cite("부가가치세법 | 제8조 | 제7항", "민원 처리에 관한 법률 | 제21조").visible(DEPARTMENT),
                DemoArticle.of("NTS", "JONGNO_TAX", RULING, "BUSINESS_REGISTRATION").key("bizreg-home")
                        .ko("주거용 오피스텔을 사업장으로 등록할 수 있는지 질의회신", "**질의** 사는 집(오피스텔)을 통신판매 사업장 주소로 쓸 수 있나요?\n\n"
                                + "**회신** 실제 사업을 하는 장소라면 주거용 건물도 사업장으로 등록할 수 있습니다. 임차한 곳이면 임대인의 동의를 확인합니다.")
                        .en("A home as business premises (ruling)", "A home may be registered where the business is really run; for rented "
                                + "homes the landlord's consent is checked.")
                        .cite("부가가치세법 | 제6조 | 제1항").review(-30).publishedDaysAgo(400).visible(PUBLIC),
                DemoArticle.of("NTS", "JONGNO_TAX", MANUAL, "BUSINESS_REGISTRATION_CERTIFICATE").key("bizreg-cert")
                        .ko("사업자등록증명 발급 안내", "사업자등록증명은 **즉시** 발급되며 수수료가 없습니다. 폐업한 사업자도 폐업 사실이 "
                                + "표시된 증명을 받을 수 있습니다.")
                        .en("Certificate of business registration", "Issued **at once**, free of charge; closed businesses get one showing the closure.")
                        .cite("민원 처리에 관한 법률 | 제17조 | 제1항").visible(PUBLIC),
                DemoArticle.of("NTS", "JONGNO_TAX", MANUAL, "NATIONAL_TAX_PAYMENT_CERTIFICATE").key("tax-paid-cert")
                        .ko("국세 납세증명서 발급 요령", "체납액이 없으면 즉시 발급합니다. 체납이 있어도 징수유예나 분납 중이면 발급할 수 있습니다. "
                                + "유효기간은 발급일부터 **30일**입니다.")
                        .en("Tax payment certificate (national taxes)", "Issued at once without arrears (or with deferred or instalment "
                                + "payments); valid **30 days**.")
                        .cite("국세징수법 | 제107조"),
                DemoArticle.of("NTS", "JONGNO_TAX", RULING, "NATIONAL_TAX_PAYMENT_CERTIFICATE").key("tax-paid-proxy")
                        .ko("납세증명서 대리 발급 질의회신", "**질의** 세무대리인이 위임 없이 납세증명서를 받을 수 있나요?\n\n"
                                + "**회신** 납세자의 위임장이 있어야 합니다. 홈택스 수임 동의가 있으면 온라인으로도 발급합니다.")
                        .en("Tax certificates for a tax agent (ruling)", "A mandate from the taxpayer is needed, or an online agency consent.")
                        .cite("국세기본법 | 제81조의13").review(-60).publishedDaysAgo(450),
                DemoArticle.of("NTS", "JONGNO_TAX", MANUAL, "VAT_RETURN").key("vat-return")
                        .ko("부가가치세 예정·확정 신고 안내", "- 1기 확정: 7월 25일까지\n- 2기 확정: 다음 해 1월 25일까지\n- 개인 일반과세자는 예정 신고 대신 "
                                + "**예정 고지**된 세액을 냅니다.\n\n신고 기한이 공휴일이면 다음 날까지입니다.")
                        .en("VAT returns: when", "- first half: by 25 July\n- second half: by 25 January\n- individuals pay the "
                                + "**notified** interim amount instead of an interim return.")
                        .cite("부가가치세법 | 제48조 | 제3항", "부가가치세법 | 제49조 | 제1항").visible(PUBLIC),
                DemoArticle.of("NTS", "JONGNO_TAX", POLICY_NOTE, "VAT_RETURN").key("vat-pending")
                        .ko("부가가치세 신고 기간 창구 운영 계획", "신고 마감 전 5일은 창구를 2개 더 엽니다. 온라인 신고 안내 문자를 보냅니다.")
                        .en("VAT return season: counters", "Two extra counters for the last 5 days; text reminders for online filing.")
                        .phase(DemoArticle.Phase.PENDING_VERSION).visible(DEPARTMENT),
                DemoArticle.of("NTS", "JONGNO_TAX", RULING, "BUSINESS_REGISTRATION").key("bizreg-draft")
                        .ko("공유 오피스 사업장 등록 질의회신(초안)", "**질의** 공유 오피스의 좌석 하나를 사업장으로 등록할 수 있나요?\n\n**회신** 검토 중입니다.")
                        .en("Shared offices as premises (draft ruling)", "Under review.")
                        .phase(DemoArticle.Phase.DRAFT).visible(DEPARTMENT),
                DemoArticle.of("NTS", "CORP_TAX", MANUAL, "CORPORATE_REGISTRATION").key("corp-reg")
                        .ko("법인설립신고와 사업자등록 동시 처리", "법인 설립등기일부터 2개월 이내에 법인설립신고를 하며, 사업자등록을 함께 신청하면 "
                                + "하나로 처리합니다. 주주명부와 정관 사본을 확인합니다.")
                        .en("Incorporation report with business registration", "Report within 2 months of incorporation; filed with the "
                                + "registration, both are handled together. Check the shareholder list and articles.")
                        .cite("법인세법 | 제109조 | 제1항", "법인세법 | 제111조 | 제1항"),
                DemoArticle.of("NTS", "CORP_TAX", RULING, "CORPORATE_REGISTRATION").key("corp-foreign")
                        .ko("외국인투자법인의 사업자등록 서류 질의회신", "**질의** 외국인투자기업은 어떤 서류를 더 내나요?\n\n"
                                + "**회신** 외국인투자기업 등록증명서 사본을 함께 냅니다. 외국인 주주의 여권 사본은 필요 없습니다.")
                        .en("Foreign-invested companies: registration documents (ruling)", "Add the foreign-invested company registration "
                                + "certificate; shareholders' passports are not needed.")
                        .cite("외국인투자 촉진법 | 제21조"),
                DemoArticle.of("JONGNO", "TAX", MANUAL, "LOCAL_TAX_PAYMENT_CERTIFICATE", "LOCAL_TAX_ASSESSMENT_CERTIFICATE").key("local-tax-cert")
                        .ko("지방세 납세증명서와 과세증명서", "납세증명서는 체납이 없음을, 과세증명서는 세목별 부과 내역을 증명합니다. "
                                + "과세증명서 수수료는 800원입니다.")
                        .en("Local tax certificates", "A payment certificate proves no arrears; an assessment certificate lists taxes by item (800 won).")
                        .cite("지방세징수법 | 제5조"),
                DemoArticle.of("JONGNO", "TAX", RULING, "LOCAL_TAX_PAYMENT_CERTIFICATE").key("local-tax-arrears")
                        .ko("분납 중인 체납자의 납세증명서 질의회신", "**질의** 체납액을 나눠 내고 있으면 납세증명서를 받을 수 있나요?\n\n"
                                + "**회신** 분할 납부가 승인되어 성실히 내고 있으면 발급할 수 있습니다.")
                        .en("Certificates during instalments (ruling)", "Issued when approved instalments are being paid.")
                        .cite("지방세징수법 | 제5조 | 제1항").review(-15).publishedDaysAgo(390),
                DemoArticle.of("JONGNO", "HYGIENE", MANUAL, "FOOD_SERVICE_REPORT").key("food-service")
                        .ko("식품접객업 영업신고 처리 업무편람", "## 서류\n\n- 위생교육 이수증\n- 건강진단결과서\n- 사업장이 임차이면 임대차계약서\n\n"
                                + "## 확인\n\n영업장 면적과 용도지역을 확인합니다. 신고증은 **즉시** 교부하고 3개월 안에 현장 점검을 합니다.")
                        .en("Food-service business report: handling manual", "Hygiene training certificate, health check and (if rented) "
                                + "lease; check floor area and zoning; issue the report certificate **at once**, inspect within 3 months.")
                        .cite("식품위생법 | 제37조 | 제4항", "식품위생법 | 제41조 | 제1항").visible(PUBLIC),
                DemoArticle.of("JONGNO", "HYGIENE", RULING, "FOOD_SERVICE_REPORT").key("food-succession")
                        .ko("음식점을 인수할 때 영업자 지위 승계 질의회신", "**질의** 음식점을 그대로 인수하면 새로 신고해야 하나요?\n\n"
                                + "**회신** 영업자 지위를 승계하고 **1개월 이내**에 승계 신고를 합니다. 위생교육은 새 영업자가 받아야 합니다.")
                        .en("Taking over a restaurant (ruling)", "Succeed to the business and report it within **one month**; the new owner takes hygiene training.")
                        .cite("식품위생법 | 제39조 | 제3항").visible(PUBLIC),
                DemoArticle.of("JONGNO", "HYGIENE", MANUAL, "FOOD_MANUFACTURING_REPORT").key("food-manufacturing")
                        .ko("식품제조·가공업 신고 시 작업장 기준", "작업장은 독립된 건물이거나 다른 용도와 분리되어야 하며, 원료 보관실과 제조실을 "
                                + "나눕니다. 수질검사 성적서를 확인합니다.")
                        .en("Food manufacturing premises", "The workplace must be separate from other uses, with separate storage and "
                                + "production rooms; check the water test report.")
                        .cite("식품위생법 | 제36조 | 제1항").review(-90).publishedDaysAgo(480),
                DemoArticle.of("SEOUL", "ECONOMY", MANUAL, "MAIL_ORDER_REPORT").key("mail-order")
                        .ko("통신판매업 신고 처리 업무편람", "사업자등록을 먼저 한 뒤 신고합니다. **구매안전서비스 이용 확인증**을 확인하고, "
                                + "면허세를 낸 뒤 신고증을 교부합니다. 처리기간은 3일입니다.")
                        .en("Mail-order business report: handling manual", "Register the business first; check the escrow (purchase safety) "
                                + "confirmation; issue after the licence tax is paid, within 3 days.")
                        .cite("전자상거래 등에서의 소비자보호에 관한 법률 | 제12조 | 제1항").visible(PUBLIC),
                DemoArticle.of("SEOUL", "ECONOMY", RULING, "MAIL_ORDER_REPORT").key("mail-order-small")
                        .ko("소규모 통신판매업자의 신고 면제 질의회신", "**질의** 온라인 판매 규모가 작아도 통신판매업 신고를 해야 하나요?\n\n"
                                + "**회신** 직전 연도 거래 횟수가 50회 미만이거나 간이과세자이면 신고하지 않아도 됩니다.")
                        .en("Small mail-order sellers (ruling)", "Fewer than 50 sales a year, or simplified taxpayers: no report needed.")
                        .cite("전자상거래 등에서의 소비자보호에 관한 법률 | 제12조 | 제1항").visible(PUBLIC),
                DemoArticle.of("SEOUL", "ECONOMY", PRECEDENT, "MAIL_ORDER_REPORT").key("mail-order-address")
                        .ko("가상 주소로 통신판매업 신고한 사례", "비상주 사무실 주소로 신고한 사업자에게 소비자 분쟁이 생겨 연락이 닿지 않은 사례입니다. "
                                + "사업자등록 주소와 신고 주소가 같은지 확인하도록 했습니다.")
                        .en("A virtual address (precedent)", "A seller registered at a virtual office could not be reached in a dispute; "
                                + "the report address is now checked against the business registration.")
                        .cite("전자상거래 등에서의 소비자보호에 관한 법률 | 제12조 | 제2항").visible(DEPARTMENT),
                DemoArticle.of("NTS", "JONGNO_TAX", LEGAL_REFERENCE, "BUSINESS_REGISTRATION", "VAT_RETURN").key("vat-act-8")
                        .ko("사업자등록(부가가치세법 제8조) 해설", "사업자는 사업장마다 사업 개시일부터 20일 이내에 등록을 신청합니다. "
                                + "등록하지 않으면 미등록 가산세(공급가액의 1%)가 붙습니다.\n\n[국가법령정보센터](https://www.law.go.kr/법령/부가가치세법)")
                        .en("Business registration (VAT Act, art. 8)", "Register each place of business within 20 days of starting; "
                                + "late registration costs a penalty of 1% of supplies.")
                        .cite("부가가치세법 | 제8조 | 제1항", "부가가치세법 | 제60조 | 제1항"));
    }
}
