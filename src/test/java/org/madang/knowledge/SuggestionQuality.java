package org.madang.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.infrastructure.ArticleRepository;
import org.madang.knowledge.infrastructure.ArticleSearch;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;
import org.madang.testsupport.InContainer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A fixed set of cases (a service and what its answers and notes say) with the demo article an
 * officer should be offered first: the search beside the case is good when the expected article is
 * among the first three suggestions (service-weighted, over the articles the case's department may
 * read) for at least four cases in five. Articles other tests write (titles with a long number) are
 * left out, so the figure is the demo corpus's.
 */
@InContainer
@ApplicationScoped
public class SuggestionQuality {
    record Case(String service, String text, String expectedTitle) {
    }

    static final List<Case> CASES = List.of(
            new Case("MOVE_IN_REPORT", "이사하고 한 달 지나 전입신고 과태료 얼마인지 문의", "전입신고 기한을 넘긴 경우 과태료 질의회신(2026 개정)"),
            new Case("MOVE_IN_REPORT", "세대주와 따로 살아 온라인으로 신고, 세대주 확인 전자서명", "온라인 전입신고와 세대주 확인"),
            new Case("RESIDENT_REGISTRATION_ABSTRACT", "채권자가 판결문을 내고 채무자 초본 교부 신청", "채권자의 초본 교부 신청 질의회신"),
            new Case("RESIDENT_REGISTRATION_COPY", "위임장으로 대리인이 등본 발급 신청", "주민등록표 등본·초본 발급 안내"),
            new Case("SEAL_IMPRESSION", "부동산 매도용 인감증명서 대리인 위임장", "인감증명서 대리 발급과 위임장 질의회신"),
            new Case("PERSONAL_SIGNATURE", "본인서명사실확인서 수수료와 인감 대신 사용", "인감증명서와 본인서명사실확인서"),
            new Case("PASSPORT_REISSUE", "여권 분실 두 번째, 분실 경위서", "여권을 반복해서 분실한 경우 질의회신"),
            new Case("FAMILY_RELATIONSHIP", "상세증명서 발급 사용 목적 확인", "가족관계증명서 발급 범위"),
            new Case("BUSINESS_REGISTRATION", "마당문구 RETAIL 서울특별시 종로구 삼일대로 OWNED 자가 사업장 임대차계약서", "자가 사업장 사업자등록 시 제출 서류 질의회신(2026)"),
            new Case("BUSINESS_REGISTRATION", "간이과세 신청 가능 여부, 문구 소매점 새로 개업", "간이과세자 적용 기준 질의회신"),
            new Case("BUSINESS_REGISTRATION", "주거용 오피스텔을 통신판매 사업장 주소로", "주거용 오피스텔을 사업장으로 등록할 수 있는지 질의회신"),
            new Case("NATIONAL_TAX_PAYMENT_CERTIFICATE", "세무대리인이 위임 받아 납세증명서 발급", "납세증명서 대리 발급 질의회신"),
            new Case("VAT_RETURN", "부가가치세 확정 신고 기한 7월 25일", "부가가치세 예정·확정 신고 안내"),
            new Case("CORPORATE_REGISTRATION", "외국인투자기업 법인 사업자등록 서류 등록증명서", "외국인투자법인의 사업자등록 서류 질의회신"),
            new Case("LOCAL_TAX_PAYMENT_CERTIFICATE", "체납액 분납 중 납세증명서 발급", "분납 중인 체납자의 납세증명서 질의회신"),
            new Case("FOOD_SERVICE_REPORT", "음식점 인수, 영업자 지위 승계 신고", "음식점을 인수할 때 영업자 지위 승계 질의회신"),
            new Case("MAIL_ORDER_REPORT", "거래 횟수 50회 미만, 간이과세자 신고 면제", "소규모 통신판매업자의 신고 면제 질의회신"),
            new Case("CHILD_ALLOWANCE", "아이가 해외에 90일 넘게 체류, 지급 중지", "해외 체류 아동의 아동수당 질의회신"),
            new Case("BASIC_PENSION", "65세 생일 전에 미리 신청", "기초연금 신청 시기 질의회신"),
            new Case("UNEMPLOYMENT_BENEFIT", "회사 이전으로 통근 왕복 3시간, 자진 퇴사", "통근 곤란으로 자진 퇴사한 경우 질의회신"),
            new Case("EMPLOYMENT_INSURANCE_REPORT", "피보험자격 취득 신고 기한 다음 달 15일", "피보험자격 취득·상실 신고 기한"),
            new Case("DISASTER_DAMAGE_REPORT", "태풍 피해 신고 기한", "자연재난 피해신고 기한 질의회신"),
            new Case("CUSTOMS_CLEARANCE_CODE", "사업자등록 전에 통관고유부호 신청", "통관고유부호와 사업자등록 질의회신"),
            new Case("PERSONAL_CUSTOMS_CODE", "해외 직구 개인통관고유부호 유출, 새 번호로 변경", "개인통관고유부호 발급 안내"),
            new Case("VAT_RETURN", "처리기간 연장 두 번째 가능한지, 연장 통지", "민원 처리기간 연장은 한 차례만 가능한지 질의회신"),
            new Case("MOVE_IN_REPORT", "서류 보완 요구 후 처리기간 계산", "민원 보완 요구와 처리기간 계산 질의회신"));

    private static final Pattern TEST_ARTICLE = Pattern.compile("\\d{9,}");

    @Inject
    ArticleSearch search;
    @Inject
    ArticleRepository repo;
    @Inject
    Catalogue catalogue;

    /** Share of the cases whose expected article is among the first three suggestions (inside a transaction). */
    public double hitRateAtThree() {
        int hits = 0;
        for (Case c : CASES) {
            ServiceView s = catalogue.findByCode(c.service()).orElseThrow(() -> new AssertionError(c.service()));
            List<Long> ids = search.suggest(s.id(), s.nameKo() + "\n" + c.text(), new ArticleSearch.Reader(s.departmentId()),
                    List.of(), 10);
            Map<Long, Article> byId = repo.byIds(ids).stream().collect(Collectors.toMap(Article::getId, Function.identity()));
            List<String> firstThree = ids.stream().map(byId::get).filter(a -> a != null && !TEST_ARTICLE.matcher(a.getTitleKo()).find())
                    .limit(3).map(Article::getTitleKo).toList();
            if (firstThree.contains(c.expectedTitle())) {
                hits++;
            } else {
                System.out.println("knowledge suggestion missed: " + c.service() + " → " + c.expectedTitle() + " (got " + firstThree + ")");
            }
        }
        return (double) hits / CASES.size();
    }
}
