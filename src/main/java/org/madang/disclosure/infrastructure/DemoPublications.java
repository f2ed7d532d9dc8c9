package org.madang.disclosure.infrastructure;

import org.madang.disclosure.domain.Licence;
import org.madang.disclosure.domain.PublicationCategory;
import org.madang.disclosure.domain.PublicationDetails;
import org.madang.disclosure.domain.PublicationType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo publications, as data: for each demo agency and each year 2023-2026 a work plan, a
 * council's minutes, a survey report and an approval document (PDFs with Korean text) and two
 * datasets (monthly civil-service figures and budget execution, CSV). 240 items, deterministic.
 */
final class DemoPublications {
    record Agency(String code, String department, String ko, String en, String[][] subjects) {
    }

    record Item(String agency, String department, PublicationDetails details, LocalDate date, String fileName,
                List<String> paragraphs, String csv, String relatedTitleKo) {
    }

    static final List<Agency> AGENCIES = List.of(
            new Agency("MOIS", "RESIDENT", "행정안전부", "Ministry of the Interior and Safety", new String[][] {
                    {"주민등록 제도 개선", "resident registration reform", "주민등록, 전입신고, 모바일 신분증"},
                    {"전자정부 서비스 혁신", "e-Government service innovation", "전자정부, 디지털플랫폼정부, AI"},
                    {"재난안전 통신망 운영", "disaster safety network", "재난안전, 통신망, LTE"}}),
            new Agency("MOHW", "LIVELIHOOD", "보건복지부", "Ministry of Health and Welfare", new String[][] {
                    {"기초생활보장 급여 지급", "basic livelihood benefits", "기초생활보장, 생계급여, 수급자"},
                    {"아동수당 지원 확대", "child allowance expansion", "아동수당, 양육, 출산"},
                    {"기초연금 수급 실태", "basic pension take-up", "기초연금, 노인, 소득인정액"}}),
            new Agency("MOEL", "INSURANCE", "고용노동부", "Ministry of Employment and Labor", new String[][] {
                    {"고용보험 적용 확대", "employment insurance coverage", "고용보험, 특수고용, 플랫폼 노동자"},
                    {"실업급여 지급 현황", "unemployment benefits", "실업급여, 구직급여, 재취업"},
                    {"청년 일자리 지원", "youth employment support", "청년, 일자리, 인턴십"}}),
            new Agency("MOTIE", "TRADE", "산업통상자원부", "Ministry of Trade, Industry and Energy", new String[][] {
                    {"수출입 동향 분석", "export and import trends", "수출, 수입, 반도체"},
                    {"외국인투자 유치 성과", "foreign direct investment results", "외국인투자, FDI, 투자유치"},
                    {"탄소중립 산업 전환", "carbon-neutral industry transition", "탄소중립, ESG, 수소"}}),
            new Agency("NTS", "CORP_TAX", "국세청", "National Tax Service", new String[][] {
                    {"법인세 신고 안내", "corporate tax filing", "법인세, 신고, 세액공제"},
                    {"근로장려금 지급", "earned income tax credit", "근로장려금, EITC, 자녀장려금"},
                    {"전자세금계산서 발급 현황", "electronic tax invoices", "전자세금계산서, 홈택스, 부가가치세"}}),
            new Agency("KCS", "SEOUL_CUST", "관세청", "Korea Customs Service", new String[][] {
                    {"해외직구 통관 관리", "cross-border e-commerce clearance", "해외직구, 통관, 개인통관고유부호"},
                    {"원산지 표시 단속", "country-of-origin labelling", "원산지, FTA, 단속"},
                    {"수출입 물류 신속화", "faster import and export logistics", "물류, 수출입, 전자통관"}}),
            new Agency("FTC", "CONSUMER", "공정거래위원회", "Fair Trade Commission", new String[][] {
                    {"전자상거래 소비자 피해", "e-commerce consumer harm", "전자상거래, 소비자, 환불"},
                    {"온라인 플랫폼 불공정행위", "unfair practices of online platforms", "플랫폼, 불공정, 수수료"},
                    {"하도급 거래 실태", "subcontracting practices", "하도급, 대금, 중소기업"}}),
            new Agency("NHIS", "ELIGIBILITY", "국민건강보험공단", "National Health Insurance Service", new String[][] {
                    {"건강보험료 부과체계 개편", "health insurance contribution reform", "건강보험료, 부과체계, 피부양자"},
                    {"국가건강검진 수검률", "national health screening rates", "건강검진, 수검률, 암검진"},
                    {"장기요양 서비스 이용", "long-term care services", "장기요양, 요양보호사, 노인"}}),
            new Agency("SEOUL", "ECONOMY", "서울특별시", "Seoul Metropolitan Government", new String[][] {
                    {"소상공인 경영 지원", "support for small businesses", "소상공인, 전통시장, 서울페이"},
                    {"스마트시티 서울 추진", "smart city Seoul", "스마트시티, IoT, 공공와이파이"},
                    {"공공자전거 따릉이 운영", "Ttareungyi public bicycles", "따릉이, 공공자전거, 교통"}}),
            new Agency("JONGNO", "WELFARE", "서울특별시 종로구", "Jongno-gu District Office, Seoul", new String[][] {
                    {"경로당 운영 지원", "senior centres", "경로당, 어르신, 복지"},
                    {"이사 가구 전입 지원", "help for households moving in", "이사, 전입, 주거"},
                    {"골목상권 활성화", "reviving neighbourhood shops", "골목상권, 상인회, 북촌"}}));

    private DemoPublications() {
    }

    static List<Item> all() {
        List<Item> out = new ArrayList<>();
        for (int a = 0; a < AGENCIES.size(); a++) {
            Agency ag = AGENCIES.get(a);
            for (int year = 2023; year <= 2026; year++) {
                String[] s = ag.subjects()[(year + a) % 3];
                String[] s2 = ag.subjects()[(year + a + 1) % 3];
                int m = 1 + (a + year) % 9;
                String plan = year + "년도 " + ag.ko() + " 주요업무 추진계획";
                out.add(doc(ag, PublicationCategory.PLAN, plan, ag.en() + ": major work plan " + year,
                        year + "년도 " + ag.ko() + "의 정책 목표와 " + s[0] + " 등 주요 과제를 담은 추진계획입니다.",
                        "Policy goals and main tasks of " + ag.en() + " for " + year + ", including " + s[1] + ".",
                        "정부업무평가 기본법 제8조", s[2], LocalDate.of(year, 1, 10 + a), null, year, s));
                out.add(doc(ag, PublicationCategory.MINUTES, year + "년 " + s[0] + " 정책협의회 회의록",
                        "Minutes of the " + year + " policy council on " + s[1],
                        s[0] + "에 관한 " + year + "년 정책협의회의 논의 내용과 결정 사항을 기록한 회의록입니다.",
                        "Discussions and decisions of the " + year + " policy council on " + s[1] + ".",
                        "공공기관의 정보공개에 관한 법률 제7조", s[2] + ", 회의록", LocalDate.of(year, m + 1, 5 + a), null,
                        year, s));
                out.add(doc(ag, PublicationCategory.REPORT, s2[0] + " 실태조사 결과보고서 (" + year + ")",
                        "Survey report on " + s2[1] + " (" + year + ")",
                        s2[0] + " 실태를 조사하고 개선 방안을 제시한 " + year + "년 결과보고서입니다.",
                        "Findings of the " + year + " survey on " + s2[1] + " and proposed improvements.",
                        "통계법 제18조", s2[2] + ", 실태조사", LocalDate.of(year, m + 2, 12 + a), plan, year, s2));
                out.add(doc(ag, PublicationCategory.APPROVAL, s[0] + " 추진 계획 결재문서 (" + year + "-" + (100 + a * 7) + ")",
                        "Approval document: implementing " + s[1] + " (" + year + "-" + (100 + a * 7) + ")",
                        s[0] + " 추진을 위한 내부 결재문서의 원문입니다.",
                        "Original text of the internal approval for implementing " + s[1] + ".",
                        "공공기관의 정보공개에 관한 법률 제8조의2", s[2] + ", 원문정보", LocalDate.of(year, m + 3, 2 + a), null,
                        year, s));
                out.add(data(ag, PublicationCategory.STATISTICS, year + "년 " + ag.ko() + " 월별 민원 처리 현황",
                        ag.en() + ": civil petitions handled per month, " + year,
                        "월별 민원 접수 건수, 처리 건수, 평균 처리일수 (" + year + ")",
                        "Civil petitions received and handled per month and average days taken (" + year + ")",
                        "민원 처리에 관한 법률 제14조", "민원, 통계, 처리기간", LocalDate.of(year, 12 > m + 4 ? m + 4 : 11, 20),
                        petitions(year, a), year));
                out.add(data(ag, PublicationCategory.BUDGET, year + "년 " + ag.ko() + " 예산 집행 현황",
                        ag.en() + ": budget execution " + year,
                        year + "년 사업별 예산액과 집행액, 집행률입니다.",
                        "Budget and spending per programme in " + year + ", with execution rates.",
                        "국가재정법 제9조", "예산, 집행, 재정", LocalDate.of(year, 11, 25 - a), budget(year, a, ag), year));
            }
        }
        return out;
    }

    private static Item doc(Agency ag, PublicationCategory c, String titleKo, String titleEn, String summaryKo,
                            String summaryEn, String basis, String keywords, LocalDate date, String related, int year,
                            String[] s) {
        List<String> body = List.of(summaryKo,
                "1. 추진 배경: " + ag.ko() + "는 " + s[0] + "을(를) 위하여 관계 기관과 협력하여 왔으며, " + year
                        + "년에는 국민이 체감하는 성과를 목표로 합니다.",
                "2. 주요 내용: " + s[2] + " 분야의 제도를 정비하고 현장의 의견을 수렴하여 개선 과제를 발굴하였습니다.",
                "3. 향후 계획: 분기별로 추진 상황을 점검하고 결과를 누리집에 공개합니다. (" + s[1] + ")");
        String file = c.name().toLowerCase(java.util.Locale.ROOT) + "-" + ag.code().toLowerCase(java.util.Locale.ROOT)
                + "-" + year + ".pdf";
        return new Item(ag.code(), ag.department(), new PublicationDetails(PublicationType.DOCUMENT, c, titleKo, titleEn,
                summaryKo, summaryEn, basis, keywords, Licence.KOGL_1), date, file, body, null, related);
    }

    private static Item data(Agency ag, PublicationCategory c, String titleKo, String titleEn, String summaryKo,
                             String summaryEn, String basis, String keywords, LocalDate date, String csv, int year) {
        String file = c.name().toLowerCase(java.util.Locale.ROOT) + "-" + ag.code().toLowerCase(java.util.Locale.ROOT)
                + "-" + year + ".csv";
        return new Item(ag.code(), ag.department(), new PublicationDetails(PublicationType.DATASET, c, titleKo, titleEn,
                summaryKo, summaryEn, basis, keywords, Licence.KOGL_1), date, file, List.of(), csv, null);
    }

    private static String petitions(int year, int a) {
        StringBuilder b = new StringBuilder("월,접수건수,처리건수,평균처리일수\n");
        for (int m = 1; m <= 12; m++) {
            int received = 800 + ((year * 31 + m * 17 + a * 53) % 600);
            b.append(year).append('-').append(String.format("%02d", m)).append(',').append(received).append(',')
                    .append(received - (m * 7 + a) % 40).append(',').append(3 + (m + a) % 5).append('.')
                    .append((m * 3 + a) % 10).append('\n');
        }
        return b.toString();
    }

    private static String budget(int year, int a, Agency ag) {
        StringBuilder b = new StringBuilder("사업명,예산액(백만원),집행액(백만원),집행률(%)\n");
        for (int i = 0; i < ag.subjects().length; i++) {
            long budget = 1000L * (5 + (year + i * 3 + a) % 20);
            long spent = budget * (70 + (year + i + a) % 29) / 100;
            b.append('"').append(ag.subjects()[i][0]).append("\",").append(budget).append(',').append(spent).append(',')
                    .append(spent * 100 / budget).append('\n');
        }
        return b.toString();
    }
}
