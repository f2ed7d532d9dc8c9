package org.madang.knowledge.infrastructure;

import java.util.List;

import static org.madang.knowledge.domain.ArticleKind.LEGAL_REFERENCE;
import static org.madang.knowledge.domain.ArticleKind.MANUAL;
import static org.madang.knowledge.domain.ArticleKind.POLICY_NOTE;
import static org.madang.knowledge.domain.ArticleKind.PRECEDENT;
import static org.madang.knowledge.domain.ArticleKind.RULING;
import static org.madang.knowledge.domain.Visibility.DEPARTMENT;
import static org.madang.knowledge.domain.Visibility.PUBLIC;

/** Demo articles of 종로구 민원여권과 (resident registration, certificates, passports) and the Interior Ministry's rulings on the Civil Petitions and Disclosure Acts. */
final class DemoArticlesCivil {
    static final String MINWON = "민원 처리에 관한 법률";
    static final String DISCLOSURE = "공공기관의 정보공개에 관한 법률";

    private DemoArticlesCivil() {
    }

    static List<DemoArticle> all() {
        return List.of(
                DemoArticle.of("JONGNO", "CIVIL", MANUAL, "MOVE_IN_REPORT").key("move-in-manual")
                        .ko("전입신고 처리 업무편람", "## 접수\n\n- 새 거주지에 이사한 날부터 **14일 이내** 신고해야 합니다.\n"
                                + "- 세대주가 아닌 사람이 신고하면 세대주 확인을 받습니다.\n\n## 확인\n\n전입 사실은 통장·이장이 "
                                + "30일 이내에 확인합니다. 거짓 신고가 의심되면 사실조사를 요청합니다.")
                        .en("Move-in report handling manual", "Reports are due within **14 days** of moving. A report by someone "
                                + "other than the head of household needs the head's confirmation; the neighbourhood head checks the move within 30 days.")
                        .cite("주민등록법 | 제16조 | 제1항", "주민등록법 시행령 | 제23조").review(300),
                DemoArticle.of("JONGNO", "CIVIL", RULING, "MOVE_IN_REPORT").key("move-in-late-old")
                        .ko("전입신고 기한을 넘긴 경우 과태료 질의회신(2023)", "**질의** 이사 후 20일이 지나 전입신고를 하면 과태료가 부과되나요?\n\n"
                                + "**회신** 정당한 사유 없이 14일을 넘기면 과태료 5만 원 이하가 부과됩니다.")
                        .en("Late move-in report: fine (ruling, 2023)", "Reporting more than 14 days after moving without good reason "
                                + "is fined up to 50,000 won.")
                        .cite("주민등록법 | 제40조 | 제4항").publishedDaysAgo(700).visible(PUBLIC),
                DemoArticle.of("JONGNO", "CIVIL", RULING, "MOVE_IN_REPORT").key("move-in-late")
                        .ko("전입신고 기한을 넘긴 경우 과태료 질의회신(2026 개정)", "**질의** 이사 후 기한이 지나 전입신고를 하면 과태료가 얼마인가요?\n\n"
                                + "**회신** 정당한 사유 없이 14일을 넘기면 지연 기간에 따라 과태료가 부과됩니다. 천재지변, 질병 등 "
                                + "정당한 사유가 있으면 증빙 자료를 내어 감경받을 수 있습니다.\n\n- 3개월 미만: 1만 원 이내\n- 3개월 이상: 최대 5만 원")
                        .en("Late move-in report: fine (ruling, revised 2026)", "Reporting more than 14 days after moving without good "
                                + "reason is fined according to the delay; with good reason (illness, disaster) the fine can be reduced on proof.\n\n"
                                + "- under 3 months: up to 10,000 won\n- 3 months or more: up to 50,000 won")
                        .cite("주민등록법 | 제40조 | 제4항", "주민등록법 시행령 | 별표 3").supersedes("move-in-late-old").publishedDaysAgo(40)
                        .visible(PUBLIC),
                DemoArticle.of("JONGNO", "CIVIL", RULING, "MOVE_IN_REPORT").key("move-in-online")
                        .ko("온라인 전입신고와 세대주 확인", "**질의** 세대주와 따로 사는 경우에도 온라인으로 전입신고를 할 수 있나요?\n\n"
                                + "**회신** 새 세대주가 전자서명으로 확인하면 온라인 신고가 가능합니다. 확인이 7일 안에 없으면 신고는 취하된 것으로 봅니다.")
                        .en("Online move-in report and the head of household", "An online report works when the new head of household confirms "
                                + "it by electronic signature; without confirmation within 7 days the report lapses.")
                        .cite("주민등록법 | 제16조 | 제2항").visible(PUBLIC),
                DemoArticle.of("JONGNO", "CIVIL", MANUAL, "RESIDENT_REGISTRATION_COPY", "RESIDENT_REGISTRATION_ABSTRACT").key("deungbon")
                        .ko("주민등록표 등본·초본 발급 안내", "- 본인과 같은 세대원은 신분증만으로 발급받을 수 있습니다.\n"
                                + "- 제3자는 **위임장**과 위임한 사람의 신분증 사본이 필요합니다.\n- 온라인 발급은 수수료가 없습니다.")
                        .en("Issuing resident registration copies and abstracts", "- You and members of your household need only an ID.\n"
                                + "- Anyone else needs a **power of attorney** and a copy of your ID.\n- Online issuance is free.")
                        .cite("주민등록법 | 제29조 | 제2항").visible(PUBLIC).review(200),
                DemoArticle.of("JONGNO", "CIVIL", RULING, "RESIDENT_REGISTRATION_ABSTRACT").key("chobon-creditor")
                        .ko("채권자의 초본 교부 신청 질의회신", "**질의** 채권자가 채무자의 주민등록표 초본을 발급받을 수 있나요?\n\n"
                                + "**회신** 채권·채무 관계를 증명하는 서류(판결문, 지급명령 등)를 내면 이해관계인으로서 초본을 발급받을 수 있습니다. "
                                + "주소 변동 사항만 표시되고 가족 관계는 표시되지 않습니다.")
                        .en("Creditors asking for a debtor's abstract (ruling)", "A creditor proving the debt (judgment, payment order) may obtain "
                                + "the debtor's abstract as an interested party; only address changes are shown.")
                        .cite("주민등록법 | 제29조 | 제2항", "주민등록법 시행규칙 | 제13조"),
                DemoArticle.of("JONGNO", "CIVIL", PRECEDENT, "RESIDENT_REGISTRATION_COPY").key("deungbon-proxy-case")
                        .ko("위임장 위조 의심 등본 발급 사례", "창구에 낸 위임장의 서명이 신분증 사본과 달라 발급을 보류하고 위임한 사람에게 "
                                + "확인 전화를 한 사례입니다. 위임 사실이 없다고 확인되어 발급을 거부하고 수사기관에 알렸습니다.\n\n"
                                + "**처리 요령**: 서명이 다르면 발급 전에 본인 확인을 먼저 합니다.")
                        .en("Suspected forged power of attorney (precedent)", "The signature on the power of attorney did not match the ID copy; "
                                + "the office called the person, who had given no mandate, refused issuance and informed the police.")
                        .cite("주민등록법 | 제29조 | 제2항").visible(DEPARTMENT),
                DemoArticle.of("JONGNO", "CIVIL", MANUAL, "SEAL_IMPRESSION", "PERSONAL_SIGNATURE").key("seal")
                        .ko("인감증명서와 본인서명사실확인서", "인감증명서 대신 **본인서명사실확인서**를 쓸 수 있습니다. 도장을 등록할 필요가 없고 "
                                + "본인이 직접 서명하므로 대리 발급이 되지 않습니다.\n\n- 인감증명서 수수료: 600원\n- 본인서명사실확인서 수수료: 300원")
                        .en("Seal certificates and personal signature certificates", "A **personal signature certificate** can replace a seal "
                                + "certificate: no seal to register, signed in person, never issued to a proxy.\n\n- seal certificate: 600 won\n- signature certificate: 300 won")
                        .cite("인감증명법 | 제12조", "본인서명사실 확인 등에 관한 법률 | 제3조").visible(PUBLIC),
                DemoArticle.of("JONGNO", "CIVIL", RULING, "SEAL_IMPRESSION").key("seal-proxy")
                        .ko("인감증명서 대리 발급과 위임장 질의회신", "**질의** 부동산 매도용 인감증명서를 대리인이 받을 수 있나요?\n\n"
                                + "**회신** 부동산 매도용은 매수인의 인적 사항을 적어야 하며, 위임자가 직접 작성한 위임장과 인감 날인이 있으면 "
                                + "대리 발급할 수 있습니다.")
                        .en("Seal certificate for a property sale by proxy (ruling)", "A proxy may obtain it with a power of attorney written "
                                + "and sealed by the owner; the buyer's details must be given.")
                        .cite("인감증명법 시행령 | 제13조 | 제1항").review(-20).publishedDaysAgo(420),
                DemoArticle.of("JONGNO", "CIVIL", MANUAL, "PASSPORT_REISSUE").key("passport")
                        .ko("여권 재발급 접수 요령", "## 준비물\n\n- 여권용 사진 1매(6개월 이내 촬영)\n- 신분증, 기존 여권\n\n## 처리\n\n"
                                + "접수 후 **8일** 안에 발급합니다. 분실 재발급은 분실 신고를 먼저 합니다.")
                        .en("Passport reissue: taking the application", "Bring one passport photo (taken within 6 months), an ID and the old passport. "
                                + "Issued within **8 days**; report a lost passport first.")
                        .cite("여권법 | 제9조", "여권법 시행령 | 제36조").visible(PUBLIC),
                DemoArticle.of("JONGNO", "CIVIL", RULING, "PASSPORT_REISSUE").key("passport-lost-often")
                        .ko("여권을 반복해서 분실한 경우 질의회신", "**질의** 5년 안에 두 번 이상 여권을 잃어버린 사람도 재발급을 받을 수 있나요?\n\n"
                                + "**회신** 재발급은 가능하나 유효기간이 짧은 여권이 발급될 수 있고, 분실 경위서를 받습니다.")
                        .en("Passports lost repeatedly (ruling)", "Reissue is possible, possibly with a shorter validity; a statement on the loss is required.")
                        .cite("여권법 | 제11조").review(-45).publishedDaysAgo(500),
                DemoArticle.of("JONGNO", "CIVIL", MANUAL, "FAMILY_RELATIONSHIP", "BASIC_CERTIFICATE").key("family-cert")
                        .ko("가족관계증명서 발급 범위", "가족관계증명서는 **일반·상세·특정** 세 가지입니다. 특별한 사유가 없으면 일반증명서를 "
                                + "발급하고, 상세증명서는 사용 목적을 확인합니다.")
                        .en("What family relationship certificates show", "There are general, detailed and specific certificates; the general "
                                + "one is issued unless a purpose for the detailed one is shown.")
                        .cite("가족관계의 등록 등에 관한 법률 | 제15조 | 제2항").visible(PUBLIC),
                DemoArticle.of("JONGNO", "CIVIL", MANUAL, "ENTRY_EXIT_RECORD").key("entry-exit")
                        .ko("출입국에 관한 사실증명 발급", "본인 또는 위임받은 사람에게 발급하며 수수료는 2,000원입니다. 온라인 발급도 됩니다.")
                        .en("Certificate of entry/exit records", "Issued to the person or their proxy for 2,000 won; also online.")
                        .cite("출입국관리법 | 제88조"),
                DemoArticle.of("JONGNO", "CIVIL", POLICY_NOTE, "MOVE_IN_REPORT").key("move-in-draft")
                        .ko("전입신고 현장 확인 개선안(초안)", "통장 확인을 모바일로 대신하는 방안을 검토합니다. 확인 기간 단축 효과를 측정합니다.")
                        .en("Improving move-in checks (draft)", "A mobile check instead of the neighbourhood head's visit is under study.")
                        .phase(DemoArticle.Phase.DRAFT).visible(DEPARTMENT),
                // the Interior Ministry's rulings on the Civil Petitions Act and the Disclosure Act, for every agency
                DemoArticle.of("MOIS", "RESIDENT", RULING).key("minwon-extension").about("JONGNO", "NTS", "SEOUL", "MOEL", "KCS")
                        .ko("민원 처리기간 연장은 한 차례만 가능한지 질의회신", "**질의** 처리기간 안에 처리하기 어려우면 몇 번까지 연장할 수 있나요?\n\n"
                                + "**회신** 부득이한 사유가 있으면 처리기간의 범위에서 **한 차례만** 연장할 수 있고, 연장 사유와 완료 예정일을 "
                                + "민원인에게 지체 없이 알려야 합니다. 다시 연장할 수는 없으며, 늦어지면 처리 지연 사유를 통지합니다.")
                        .en("Extending a processing period only once (ruling)", "With unavoidable reasons the period may be extended **once**, "
                                + "within the original length; the applicant is told the reason and the new date at once.")
                        .cite(MINWON + " | 제21조", MINWON + " 시행령 | 제21조"),
                DemoArticle.of("MOIS", "RESIDENT", RULING).key("minwon-supplement").about("JONGNO", "NTS", "SEOUL")
                        .ko("민원 보완 요구와 처리기간 계산 질의회신", "**질의** 서류가 빠져 보완을 요구하면 처리기간은 어떻게 되나요?\n\n"
                                + "**회신** 보완에 필요한 상당한 기간을 정해 보완을 요구하고, 보완에 걸린 기간은 처리기간에 넣지 않습니다. "
                                + "기간 안에 보완하지 않으면 한 번 더 요구한 뒤 민원을 돌려보낼 수 있습니다.")
                        .en("Asking for missing documents and the processing clock (ruling)", "Ask for the missing documents with a reasonable "
                                + "time limit; the clock stops meanwhile. Without an answer, ask once more, then return the application.")
                        .cite(MINWON + " | 제22조", MINWON + " 시행령 | 제24조", MINWON + " 시행령 | 제25조"),
                DemoArticle.of("MOIS", "RESIDENT", LEGAL_REFERENCE).key("minwon-days").about("JONGNO", "NTS", "SEOUL", "MOEL")
                        .ko("처리기간의 계산(민원처리법 제19조) 해설", "- 5일 이하: **시간 단위**로 계산하며 하루는 8시간입니다. 공휴일과 토요일은 빼고 셉니다.\n"
                                + "- 6일 이상: **일 단위**로 계산하며 첫날을 넣어 셉니다. 공휴일과 토요일은 뺍니다.\n\n"
                                + "[국가법령정보센터](https://www.law.go.kr/법령/민원처리에관한법률)")
                        .en("Counting processing periods (Civil Petitions Act, art. 19)", "- 5 days or less: counted in **hours** (8 a day), "
                                + "without holidays and Saturdays.\n- 6 days or more: counted in **days**, the first day included, without holidays and Saturdays.")
                        .cite(MINWON + " | 제19조 | 제1항", MINWON + " | 제19조 | 제2항").visible(PUBLIC),
                DemoArticle.of("MOIS", "RESIDENT", RULING).key("minwon-repeat").about("JONGNO", "NTS", "SEOUL")
                        .ko("반복·중복 민원의 종결 처리 질의회신", "**질의** 같은 내용의 민원을 세 번 넘게 내면 답하지 않아도 되나요?\n\n"
                                + "**회신** 정당한 사유 없이 같은 내용을 **2회 이상** 반복하면, 앞선 답변 내용을 알리고 종결할 수 있습니다. "
                                + "새로운 사실이 있으면 새 민원으로 처리합니다.")
                        .en("Repeated petitions (ruling)", "A petition repeated twice or more without new facts may be closed by pointing to "
                                + "the earlier answer.")
                        .cite(MINWON + " | 제23조 | 제1항").review(-10).publishedDaysAgo(380),
                DemoArticle.of("MOIS", "RESIDENT", RULING).key("disclosure-deadline-old").about("JONGNO", "NTS", "SEOUL", "MOIS")
                        .ko("정보공개 결정기간 연장 질의회신(2022)", "**질의** 정보공개 결정은 언제까지 해야 하나요?\n\n**회신** 청구를 받은 날부터 "
                                + "10일 이내에 결정하며 부득이하면 10일 연장합니다.")
                        .en("Deciding a disclosure request: deadline (ruling, 2022)", "Decide within 10 days; extend once by 10 days if unavoidable.")
                        .cite(DISCLOSURE + " | 제11조 | 제1항").publishedDaysAgo(900),
                DemoArticle.of("MOIS", "RESIDENT", RULING).key("disclosure-deadline").about("JONGNO", "NTS", "SEOUL", "MOIS")
                        .ko("정보공개 결정기간과 연장 통지 질의회신(2026)", "**질의** 정보공개 결정기간을 연장할 때 무엇을 알려야 하나요?\n\n"
                                + "**회신** 청구를 받은 날부터 **10일 이내**에 결정합니다. 부득이하면 끝나는 날의 다음 날부터 10일 범위에서 연장하고, "
                                + "연장 사실과 사유를 청구인에게 **지체 없이 문서로** 알립니다. 제3자와 관련된 정보면 제3자에게도 알리고 의견을 듣습니다.")
                        .en("Disclosure decisions: deadline and extension notice (ruling, 2026)", "Decide within **10 days** of the request; "
                                + "if unavoidable, extend by up to 10 days and tell the requester in writing at once, with the reason. Third parties concerned are told too.")
                        .cite(DISCLOSURE + " | 제11조 | 제1항", DISCLOSURE + " | 제11조 | 제2항", DISCLOSURE + " | 제11조 | 제3항")
                        .supersedes("disclosure-deadline-old").publishedDaysAgo(30).visible(PUBLIC),
                DemoArticle.of("MOIS", "RESIDENT", LEGAL_REFERENCE).key("disclosure-grounds").about("JONGNO", "NTS", "SEOUL", "MOIS")
                        .ko("비공개 대상 정보(정보공개법 제9조) 해설", "비공개할 수 있는 정보는 제9조 제1항 각 호에 정한 8가지뿐입니다.\n\n"
                                + "1. 법령상 비밀\n2. 국가안보\n3. 생명·신체 보호\n4. 재판·수사\n5. 감사·의사결정 과정\n6. 개인정보\n7. 영업비밀\n8. 부동산 투기 우려\n\n"
                                + "일부만 비공개 사유에 해당하면 **부분 공개**합니다.")
                        .en("Grounds for non-disclosure (Disclosure Act, art. 9)", "Only the eight grounds of article 9(1) allow withholding; when "
                                + "only part is covered, the rest is disclosed (**partial disclosure**).")
                        .cite(DISCLOSURE + " | 제9조 | 제1항", DISCLOSURE + " | 제14조").visible(PUBLIC),
                DemoArticle.of("MOIS", "RESIDENT", RULING).key("disclosure-personal").about("JONGNO", "NTS", "SEOUL")
                        .ko("공무원 이름과 직위의 공개 여부 질의회신", "**질의** 결재 문서에 적힌 공무원의 이름과 직위는 비공개 대상인가요?\n\n"
                                + "**회신** 공무원의 이름과 직위는 직무를 수행한 공무원의 것으로서 공개합니다(제9조 제1항 제6호 라목). "
                                + "개인 연락처와 주소는 비공개입니다.")
                        .en("Officials' names and positions (ruling)", "Names and positions of officials acting in office are disclosed; "
                                + "private contact details are not.")
                        .cite(DISCLOSURE + " | 제9조 | 제1항"),
                DemoArticle.of("MOIS", "RESIDENT", RULING).key("disclosure-objection").about("JONGNO", "NTS", "SEOUL")
                        .ko("정보공개 이의신청 기간 질의회신", "**질의** 비공개 결정에 대한 이의신청은 언제까지 할 수 있나요?\n\n"
                                + "**회신** 결정 통지를 받은 날 또는 청구 후 20일이 지난 날부터 **30일 이내**에 문서로 이의신청합니다. "
                                + "기관은 7일 이내에 결정합니다.")
                        .en("Objecting to a disclosure decision (ruling)", "Object in writing within 30 days of the notice; the agency decides within 7 days.")
                        .cite(DISCLOSURE + " | 제18조 | 제1항", DISCLOSURE + " | 제18조 | 제3항").visible(PUBLIC),
                DemoArticle.of("MOIS", "RESIDENT", POLICY_NOTE).key("minwon-plain").about("JONGNO", "NTS", "SEOUL", "MOEL")
                        .ko("민원 안내문 쉬운 말 쓰기 지침", "- 한 문장에 한 가지만 씁니다.\n- 법령 용어는 처음 쓸 때 풀어 씁니다(예: 보정 → 고쳐서 다시 냄).\n"
                                + "- 처리기간과 다음에 할 일을 맨 앞에 둡니다.")
                        .en("Plain language in notices", "One idea a sentence; explain legal words the first time; deadlines and next steps first.")
                        .review(-5).publishedDaysAgo(370));
    }
}
