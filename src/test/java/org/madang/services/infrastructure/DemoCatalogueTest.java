package org.madang.services.infrastructure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madang.services.application.CatalogueViews;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.FormDefinition;
import org.madang.services.application.ServiceView;
import org.madang.services.domain.CivilService;
import org.madang.services.domain.FieldType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catalogue as the loader builds it, checked against the departments identity's
 * migration really creates (read from the SQL file, so a renamed department code fails here).
 */
class DemoCatalogueTest {
    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    static Map<String, Long> departments = new HashMap<>();
    static List<ServiceView> services;
    static Map<String, FormDefinition> forms;

    @BeforeAll
    static void build() throws IOException {
        // identity's agencies, and departments later migrations add (the bundles' finance department)
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V202611270110__identity_agencies.sql"),
                StandardCharsets.UTF_8) + Files.readString(Path.of(
                "src/main/resources/db/migration/V202611280230__services_bundle_finance.sql"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\(\\s*'([A-Z]+)',\\s*'([A-Z_]+)',\\s*'").matcher(sql);
        long id = 1;
        while (m.find()) {
            departments.put(CatalogueDemoData.key(m.group(1), m.group(2)), id++);
        }
        assertThat(departments).hasSizeGreaterThan(20);
        List<CivilService> built = DemoCatalogue.services().stream()
                .map(s -> {
                    Long dep = departments.get(CatalogueDemoData.key(s.agencyCode, s.departmentCode));
                    assertThat(dep).as("department of %s: %s/%s", s.code, s.agencyCode, s.departmentCode).isNotNull();
                    return s.build(dep, NOW);
                }).toList();
        // the entities have no ids before they are stored: number them for the read models
        long n = 1;
        forms = new HashMap<>();
        services = new java.util.ArrayList<>();
        for (CivilService s : built) {
            long sid = n++;
            services.add(CatalogueViews.view(s, sid));
            forms.put(s.getCode(), CatalogueViews.form(s, sid));
        }
    }

    @Test
    void allThirtyThreeServicesOfTheDataSetAcrossAtLeastFiveAgencies() {
        // the 33 of kr-services.csv, the foreign-exchange report the FDI bundle adds, and the three
        // everyday services people look for first (move-in report, passport reissue, basic certificate)
        assertThat(services).hasSize(37);
        assertThat(services.stream().map(ServiceView::code).collect(Collectors.toSet())).hasSize(37);
        assertThat(services.stream().map(ServiceView::agencyCode).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(services.stream().map(ServiceView::category).collect(Collectors.toSet())).hasSize(10);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} finds {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "이사,             MOVE_IN_REPORT",
            "이사,             RESIDENT_REGISTRATION_COPY",
            "전입신고,         MOVE_IN_REPORT",
            "전입 신고,        MOVE_IN_REPORT",
            "moving,           MOVE_IN_REPORT",
            "change of address, MOVE_IN_REPORT",
            "여권,             PASSPORT_REISSUE",
            "passport,         PASSPORT_REISSUE",
            "여권 재발급,      PASSPORT_REISSUE",
            "family certificate, FAMILY_RELATIONSHIP",
            "family certificate, BASIC_CERTIFICATE",
            "가족관계증명서,   BASIC_CERTIFICATE",
    })
    void everydayWordsFindTheServicesPeopleMean(String query, String code) {
        List<ServiceView> found = org.madang.services.application.CatalogueSearch.search(services, query, null, null);
        assertThat(found).extracting(ServiceView::code).as(query).contains(code);
    }

    @Test
    void theServiceNamedAfterTheWordComesFirst() {
        assertThat(org.madang.services.application.CatalogueSearch.search(services, "전입신고", null, null).get(0).code())
                .isEqualTo("MOVE_IN_REPORT");
        assertThat(org.madang.services.application.CatalogueSearch.search(services, "passport", null, null).get(0).code())
                .isEqualTo("PASSPORT_REISSUE");
    }

    @Test
    void everyServiceIsBilingualAndComplete() {
        for (ServiceView s : services) {
            assertThat(List.of(s.nameKo(), s.nameEn(), s.summaryKo(), s.summaryEn(), s.eligibilityKo(),
                    s.eligibilityEn(), s.howToApplyKo(), s.howToApplyEn())).as(s.code()).allMatch(t -> !t.isBlank());
            assertThat(s.nameKo()).as(s.code()).containsPattern("[가-힣]");
            assertThat(s.nameEn()).as(s.code()).doesNotContainPattern("[가-힣]");
            assertThat(s.documentsKo()).as(s.code()).hasSameSizeAs(s.documentsEn());
            assertThat(s.lifeEvents()).as(s.code()).isNotEmpty();
            assertThat(s.rejectionGroundKeys()).as(s.code()).contains("NOT_ELIGIBLE");
            assertThat(s.fee()).as(s.code()).isNotNull();
            assertThat(s.source()).as(s.code()).isNotBlank();
        }
    }

    @Test
    void everyServiceHasASensibleForm() {
        for (ServiceView s : services) {
            FormDefinition f = forms.get(s.code());
            assertThat(f.fields()).as(s.code()).hasSizeBetween(3, 8);
            assertThat(f.pageCount()).as(s.code()).isBetween(1, 3);
            for (int p = 1; p <= f.pageCount(); p++) {
                assertThat(f.page(p)).as(s.code() + " page " + p).isNotEmpty();
            }
            assertThat(f.fields()).as(s.code()).allMatch(q -> !q.labelKo().isBlank() && !q.labelEn().isBlank());
            assertThat(f.fields()).as(s.code()).allMatch(q -> q.options().stream()
                    .allMatch(o -> !o.labelKo().isBlank() && !o.labelEn().isBlank()));
        }
    }

    @Test
    void servicesAskingForDocumentsOnlineHaveAFileQuestion() {
        // certificates identify the applicant by their account; others that list papers take uploads
        Set<String> withoutUpload = services.stream()
                .filter(s -> forms.get(s.code()).fields().stream().noneMatch(q -> q.type() == FieldType.FILE))
                .map(ServiceView::code).collect(Collectors.toSet());
        assertThat(services.stream().filter(s -> Set.of("WELFARE", "INVESTMENT").contains(s.category().name())))
                .allMatch(s -> !withoutUpload.contains(s.code()));
        assertThat(withoutUpload).doesNotContain("BUSINESS_REGISTRATION", "FOOD_SERVICE_REPORT", "MAIL_ORDER_REPORT",
                "DISASTER_DAMAGE_REPORT", "SAFETY_HAZARD_REPORT", "CHILD_ALLOWANCE");
    }

    @Test
    void patternsAcceptTheirOwnExamples() {
        for (FormDefinition f : forms.values()) {
            for (FieldDefinition q : f.fields()) {
                if (q.pattern() != null && q.helpEn() != null && q.helpEn().startsWith("e.g. ")) {
                    assertThat(q.helpEn().substring(5)).as(q.key()).matches(q.pattern());
                }
            }
        }
    }

    @Test
    void theServicesOtherPartsRelyOnAreWhereTheyShouldBe() {
        ServiceView copy = byCode("RESIDENT_REGISTRATION_COPY");
        assertThat(copy.nameKo()).isEqualTo("주민등록표 등본 발급");
        assertThat(copy.instantIssuance()).isTrue();
        assertThat(copy.requiresVerifiedResident()).isTrue();
        assertThat(copy.documentTypeKey()).isEqualTo("RESIDENT_REGISTRATION");
        assertDepartment("BUSINESS_REGISTRATION", "NTS/JONGNO_TAX");
        assertThat(byCode("BUSINESS_REGISTRATION").category().name()).isEqualTo("BUSINESS");
        assertDepartment("MAIL_ORDER_REPORT", "SEOUL/ECONOMY");
        assertDepartment("EMPLOYMENT_INSURANCE_REPORT", "MOEL/INSURANCE");
        assertDepartment("CUSTOMS_CLEARANCE_CODE", "KCS/SEOUL_CUST");
        assertDepartment("FOREIGN_INVESTMENT_NOTIFICATION", "MOTIE/FDI");
        assertThat(services.stream().filter(ServiceView::hasFee)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(services.stream().filter(s -> !s.period().countsInHours())).isNotEmpty();
        assertThat(services.stream().filter(s -> s.period().unit().name().equals("DAYS") && s.period().countsInHours()))
                .isNotEmpty();
    }

    private static void assertDepartment(String code, String agencyAndDepartment) {
        assertThat(byCode(code).departmentId()).as(code).isEqualTo(departments.get(agencyAndDepartment));
    }

    private static ServiceView byCode(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
