package org.madang.knowledge.infrastructure;

import java.util.List;

import static org.madang.knowledge.domain.ArticleKind.MANUAL;
import static org.madang.knowledge.domain.ArticleKind.POLICY_NOTE;
import static org.madang.knowledge.domain.ArticleKind.PRECEDENT;
import static org.madang.knowledge.domain.ArticleKind.RULING;
import static org.madang.knowledge.domain.Visibility.DEPARTMENT;
import static org.madang.knowledge.domain.Visibility.PUBLIC;

/** Demo articles on welfare, employment, safety, customs and trade. */
final class DemoArticlesWelfareTrade {
    private DemoArticlesWelfareTrade() {
    }

    static List<DemoArticle> all() {
        return List.of(
                DemoArticle.of("MOHW", "CHILD", MANUAL, "CHILD_ALLOWANCE").key("child-allowance")
                        .ko("아동수당 신청 안내", "**8세 미만** 아동에게 매달 10만 원을 지급합니다. 출생일부터 60일 안에 신청하면 출생한 달부터 "
                                + "소급해 받습니다. 소득·재산 기준은 없습니다.")
                        .en("Child allowance", "100,000 won a month for children **under 8**; apply within 60 days of birth to be paid "
                                + "from the month of birth. No income test.")
                        .cite("아동수당법 | 제4조 | 제1항", "아동수당법 | 제6조").visible(PUBLIC),
                DemoArticle.of("MOHW", "CHILD", RULING, "CHILD_ALLOWANCE").key("child-abroad")
                        .ko("해외 체류 아동의 아동수당 질의회신", "**질의** 아이가 해외에 오래 머물면 아동수당이 중지되나요?\n\n"
                                + "**회신** 90일 이상 계속 해외에 체류하면 그다음 달부터 지급을 멈추고, 입국한 달부터 다시 지급합니다.")
                        .en("Children abroad (ruling)", "After 90 days abroad payment stops from the next month and resumes on return.")
                        .cite("아동수당법 | 제13조 | 제1항").visible(PUBLIC),
                DemoArticle.of("MOHW", "LIVELIHOOD", MANUAL, "BASIC_LIVELIHOOD").key("livelihood")
                        .ko("기초생활보장 급여 신청 처리 업무편람", "소득인정액이 기준 중위소득 이하인지 조사합니다. 금융정보 제공 동의서를 받고, "
                                + "조사 기간은 **30일**, 부득이하면 60일까지입니다.")
                        .en("Basic livelihood benefits: handling manual", "Check recognised income against the median-income standard; "
                                + "collect financial data consent; investigate within **30 days** (60 if unavoidable).")
                        .cite("국민기초생활 보장법 | 제21조 | 제1항", "국민기초생활 보장법 | 제26조 | 제3항"),
                DemoArticle.of("MOHW", "PENSION", RULING, "BASIC_PENSION").key("basic-pension")
                        .ko("기초연금 신청 시기 질의회신", "**질의** 만 65세 생일 전에 미리 신청할 수 있나요?\n\n"
                                + "**회신** 만 65세 생일이 속한 달의 **1개월 전**부터 신청할 수 있습니다.")
                        .en("When to apply for the basic pension (ruling)", "From one month before the month of your 65th birthday.")
                        .cite("기초연금법 | 제10조 | 제1항").review(-25).publishedDaysAgo(400),
                DemoArticle.of("MOEL", "SEOUL_EMP", MANUAL, "UNEMPLOYMENT_BENEFIT").key("unemployment")
                        .ko("구직급여 수급자격 인정 안내", "이직 전 18개월 동안 피보험 단위기간이 **180일 이상**이고, 비자발적으로 이직해야 합니다. "
                                + "이직한 다음 날부터 **12개월** 안에 신청합니다.")
                        .en("Job-seeking benefit eligibility", "At least **180 insured days** in the 18 months before leaving, and "
                                + "an involuntary departure; claim within **12 months**.")
                        .cite("고용보험법 | 제40조 | 제1항", "고용보험법 | 제48조 | 제1항").visible(PUBLIC),
                DemoArticle.of("MOEL", "SEOUL_EMP", RULING, "UNEMPLOYMENT_BENEFIT").key("unemployment-commute")
                        .ko("통근 곤란으로 자진 퇴사한 경우 질의회신", "**질의** 회사가 이전해 통근이 어려워 그만두면 구직급여를 받을 수 있나요?\n\n"
                                + "**회신** 사업장 이전으로 왕복 **3시간 이상** 걸리게 되어 이직한 경우는 정당한 이직 사유로 봅니다.")
                        .en("Leaving because the commute became too long (ruling)", "A move making the round trip **3 hours or more** is a "
                                + "justified reason to leave.")
                        .cite("고용보험법 | 제58조", "고용보험법 시행규칙 | 별표 2").visible(PUBLIC),
                DemoArticle.of("MOEL", "INSURANCE", MANUAL, "EMPLOYMENT_INSURANCE_REPORT").key("insurance-report")
                        .ko("피보험자격 취득·상실 신고 기한", "근로자를 고용한 달의 **다음 달 15일까지** 취득 신고를 합니다. 이직하면 상실 신고와 "
                                + "이직확인서를 함께 냅니다.")
                        .en("Reporting coverage: deadlines", "Report a hire by the **15th of the following month**; on departure, report the "
                                + "loss with the separation certificate.")
                        .cite("고용보험법 | 제15조 | 제1항"),
                DemoArticle.of("MOEL", "INSURANCE", PRECEDENT, "EMPLOYMENT_INSURANCE_REPORT").key("insurance-late")
                        .ko("취득 신고를 늦게 한 사업장 처리 사례", "신고 기한을 넘긴 소규모 사업장에 과태료 대신 시정 안내를 한 사례입니다. "
                                + "처음 늦은 경우이고 스스로 신고해 감경했습니다.")
                        .en("A late report (precedent)", "A first late report, self-declared, got a correction notice instead of a fine.")
                        .cite("고용보험법 | 제118조").visible(DEPARTMENT),
                DemoArticle.of("MOIS", "SAFETY", MANUAL, "SAFETY_HAZARD_REPORT").key("safety-report")
                        .ko("안전신고 처리 업무편람", "신고를 받으면 담당 기관으로 **지체 없이** 이송하고, 처리 결과를 신고인에게 알립니다. "
                                + "위험이 급하면 현장 조치를 먼저 요청합니다.")
                        .en("Safety reports: handling manual", "Send the report to the competent body at once and tell the reporter the outcome; "
                                + "urgent hazards get immediate action first.")
                        .cite("민원 처리에 관한 법률 | 제16조", "재난 및 안전관리 기본법 | 제31조"),
                DemoArticle.of("MOIS", "RECOVERY", RULING, "DISASTER_DAMAGE_REPORT").key("disaster-deadline")
                        .ko("자연재난 피해신고 기한 질의회신", "**질의** 태풍 피해는 언제까지 신고해야 하나요?\n\n"
                                + "**회신** 재난이 끝난 날부터 **10일 이내**에 주소지 읍·면·동에 신고합니다.")
                        .en("Disaster damage reports: deadline (ruling)", "Within **10 days** of the disaster's end, at your local office.")
                        .cite("자연재해대책법 | 제46조").review(-40).publishedDaysAgo(420),
                DemoArticle.of("KCS", "SEOUL_CUST", MANUAL, "PERSONAL_CUSTOMS_CODE").key("pccc")
                        .ko("개인통관고유부호 발급 안내", "해외 직구 물품을 들여올 때 주민등록번호 대신 씁니다. **즉시** 발급되며, 유출이 "
                                + "의심되면 새 번호로 바꿀 수 있습니다.")
                        .en("Personal customs clearance code", "Used instead of the resident number for overseas purchases; issued **at once**, "
                                + "changeable if leaked.")
                        .cite("관세법 | 제241조 | 제1항").visible(PUBLIC),
                DemoArticle.of("KCS", "SEOUL_CUST", RULING, "CUSTOMS_CLEARANCE_CODE", "UNIPASS_REGISTRATION").key("customs-code")
                        .ko("통관고유부호와 사업자등록 질의회신", "**질의** 사업자등록 전에 통관고유부호를 받을 수 있나요?\n\n"
                                + "**회신** 통관고유부호는 사업자등록번호를 바탕으로 부여하므로 사업자등록을 먼저 해야 합니다.")
                        .en("Customs codes need a business registration (ruling)", "The code is derived from the business registration "
                                + "number: register the business first.")
                        .cite("관세법 시행규칙 | 제77조의6"),
                DemoArticle.of("KCS", "ORIGIN", MANUAL, "FTA_ORIGIN_CERTIFICATE").key("fta-origin")
                        .ko("기관발급 원산지증명서 처리 요령", "원산지소명서와 생산공정도를 확인하고, 필요하면 현지 확인을 합니다. 처리기간은 3일입니다.")
                        .en("Certificates of origin issued by customs", "Check the origin statement and production flow, inspect if needed; 3 days.")
                        .cite("자유무역협정의 이행을 위한 관세법의 특례에 관한 법률 | 제11조").review(-70).publishedDaysAgo(460),
                DemoArticle.of("MOTIE", "FDI", MANUAL, "FOREIGN_INVESTMENT_NOTIFICATION").key("fdi")
                        .ko("외국인투자 신고 접수 요령", "투자 금액 1억 원 이상, 의결권 있는 주식 10% 이상이면 외국인투자로 신고합니다. "
                                + "신고서는 **즉시** 처리합니다.")
                        .en("Foreign investment notifications", "100 million won or more, 10% or more of voting shares; processed **at once**.")
                        .cite("외국인투자 촉진법 | 제2조 | 제1항"),
                DemoArticle.of("MOTIE", "TRADE", POLICY_NOTE, "TRADE_BUSINESS_CODE").key("trade-code")
                        .ko("무역업 고유번호 온라인 발급 전환 계획", "무역업 고유번호 신청을 전부 온라인으로 받고, 창구 접수는 예외로 둡니다.")
                        .en("Trade business codes online", "Applications move fully online; counter filing becomes the exception."));
    }
}
