package org.madang.services.application;

import org.junit.jupiter.api.Test;
import org.madang.services.domain.LifeEvent;
import org.madang.services.domain.ProcessingPeriod;
import org.madang.services.domain.ServiceCategory;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueSearchTest {
    static ServiceView service(long id, String code, ServiceCategory c, Set<LifeEvent> events, String ko, String en,
                               String summaryKo, String summaryEn) {
        return new ServiceView(id, code, c, events, ko, en, summaryKo, summaryEn, "자격", "Eligibility", List.of(),
                List.of(), BigDecimal.ZERO, ProcessingPeriod.immediate(), "JONGNO", 1, "방법", "How", true, false,
                null, null, false, List.of(), null, null, null);
    }

    static final ServiceView COPY = service(1, "RESIDENT_REGISTRATION_COPY", ServiceCategory.CERTIFICATES,
            Set.of(LifeEvent.MOVING), "주민등록표 등본 발급", "Resident registration certificate (household copy, deungbon)",
            "세대원 정보를 증명하는 등본", "Household members and addresses");
    static final ServiceView BUSINESS = service(2, "BUSINESS_REGISTRATION", ServiceCategory.BUSINESS,
            Set.of(LifeEvent.STARTING_A_BUSINESS), "사업자등록 신청(개인)", "Business registration application (individual)",
            "관할 세무서에 사업자등록을 신청", "Register a sole proprietorship with the tax office");
    static final ServiceView CUSTOMS = service(3, "CUSTOMS_CLEARANCE_CODE", ServiceCategory.TRADE,
            Set.of(LifeEvent.EXPORTING, LifeEvent.STARTING_A_BUSINESS), "통관고유부호 신청(사업자)",
            "Customs clearance unique code (business)", "수출입 신고에 쓰는 부호", "The code used in registration of imports");
    static final List<ServiceView> ALL = List.of(COPY, BUSINESS, CUSTOMS);

    @Test
    void koreanQueryMatchesPartOfAWord() {
        assertThat(CatalogueSearch.search(ALL, "등본", null, null)).containsExactly(COPY);
        assertThat(CatalogueSearch.search(ALL, "사업자", null, null)).containsExactly(BUSINESS, CUSTOMS);
    }

    @Test
    void koreanQueryMatchesWhateverTheSpacing() {
        assertThat(CatalogueSearch.search(ALL, "주민등록표등본", null, null)).containsExactly(COPY);
        assertThat(CatalogueSearch.search(ALL, "주민 등록", null, null)).containsExactly(COPY);
    }

    @Test
    void decomposedHangulMatchesToo() {
        String nfd = Normalizer.normalize("등본", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("등본");
        assertThat(CatalogueSearch.search(ALL, nfd, null, null)).containsExactly(COPY);
    }

    @Test
    void englishQueryIgnoresCaseAndNeedsEveryWord() {
        assertThat(CatalogueSearch.search(ALL, "CUSTOMS code", null, null)).containsExactly(CUSTOMS);
        assertThat(CatalogueSearch.search(ALL, "customs bakery", null, null)).isEmpty();
    }

    @Test
    void nameMatchesComeBeforeSummaryMatches() {
        // "registration" is in BUSINESS's and COPY's names but only in CUSTOMS's summary
        assertThat(CatalogueSearch.search(ALL, "registration", null, null)).containsExactly(COPY, BUSINESS, CUSTOMS);
        assertThat(CatalogueSearch.search(List.of(CUSTOMS, COPY), "registration", null, null))
                .containsExactly(COPY, CUSTOMS);
    }

    @Test
    void categoryAndLifeEventFilterWithOrWithoutAQuery() {
        assertThat(CatalogueSearch.search(ALL, null, ServiceCategory.TRADE, null)).containsExactly(CUSTOMS);
        assertThat(CatalogueSearch.search(ALL, " ", null, LifeEvent.STARTING_A_BUSINESS)).containsExactly(BUSINESS, CUSTOMS);
        assertThat(CatalogueSearch.search(ALL, "code", ServiceCategory.TRADE, LifeEvent.EXPORTING)).containsExactly(CUSTOMS);
        assertThat(CatalogueSearch.search(ALL, "등본", ServiceCategory.BUSINESS, null)).isEmpty();
    }

    @Test
    void blankQueryAndNoFilterListEverything() {
        assertThat(CatalogueSearch.search(ALL, "", null, null)).containsExactlyElementsOf(ALL);
        assertThat(CatalogueSearch.search(ALL, null, null, null)).containsExactlyElementsOf(ALL);
    }

    @Test
    void snapshotFindsByIdAndCodeAndGivesEveryServiceAForm() {
        CatalogueSnapshot s = new CatalogueSnapshot(ALL, List.of(new FormDefinition(2, List.of())));
        assertThat(s.find(3)).contains(CUSTOMS);
        assertThat(s.findByCode(" business_registration ")).contains(BUSINESS);
        assertThat(s.form(1)).get().extracting(FormDefinition::fields).asList().isEmpty();
        assertThat(s.form(99)).isEmpty();
        // by category (enum order) then Korean name
        assertThat(s.all()).containsExactly(COPY, BUSINESS, CUSTOMS);
    }
}
