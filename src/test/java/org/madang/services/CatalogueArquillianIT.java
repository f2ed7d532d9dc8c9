package org.madang.services;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views;
import org.madang.platform.error.NotFound;
import org.madang.platform.persistence.DemoDataRequested;
import org.madang.services.application.Catalogue;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.FormDefinition;
import org.madang.services.application.ServiceView;
import org.madang.services.domain.CivilService;
import org.madang.services.domain.LifeEvent;
import org.madang.services.domain.ServiceCategory;
import org.madang.services.infrastructure.CatalogueDemoData;
import org.madang.testsupport.Deployments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalogue inside the running server against the real database: the demo catalogue as the
 * loader stored it, routed to departments that exist, its forms, search, and the cache following
 * a committed change.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueArquillianIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    Catalogue catalogue;
    @Inject
    OrganisationDirectory directory;
    @Inject
    CatalogueDemoData demoData;
    @Inject
    UserTransaction tx;
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    @Test
    void theDemoCatalogueIsStoredWithAtLeast25ServicesOfAtLeast5Agencies() {
        List<ServiceView> all = catalogue.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        assertThat(all.stream().map(ServiceView::agencyCode).distinct()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(all.stream().map(ServiceView::category).distinct()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyServiceIsRoutedToAnExistingDepartmentOfItsAgency() {
        Map<Long, Views.DepartmentView> departments = directory.departments().stream()
                .collect(Collectors.toMap(Views.DepartmentView::id, Function.identity()));
        for (ServiceView s : catalogue.all()) {
            Views.DepartmentView d = departments.get(s.departmentId());
            assertThat(d).as(s.code()).isNotNull();
            assertThat(d.agencyCode()).as(s.code()).isEqualTo(s.agencyCode());
        }
        assertThat(departmentOf("BUSINESS_REGISTRATION", departments)).isEqualTo("NTS/JONGNO_TAX");
        assertThat(departmentOf("CUSTOMS_CLEARANCE_CODE", departments)).isEqualTo("KCS/SEOUL_CUST");
        assertThat(departmentOf("FOREIGN_INVESTMENT_NOTIFICATION", departments)).isEqualTo("MOTIE/FDI");
        assertThat(departmentOf("EMPLOYMENT_INSURANCE_REPORT", departments)).isEqualTo("MOEL/INSURANCE");
    }

    private String departmentOf(String code, Map<Long, Views.DepartmentView> departments) {
        Views.DepartmentView d = departments.get(catalogue.findByCode(code).orElseThrow().departmentId());
        return d.agencyCode() + "/" + d.code();
    }

    @Test
    void everyServiceHasAFormWhosePagesFollowEachOther() {
        for (ServiceView s : catalogue.all()) {
            FormDefinition form = catalogue.form(s.id());
            assertThat(form.serviceId()).isEqualTo(s.id());
            assertThat(form.fields()).as(s.code()).isNotEmpty();
            for (int p = 1; p <= form.pageCount(); p++) {
                assertThat(form.page(p)).as(s.code() + " page " + p).isNotEmpty();
            }
            assertThat(form.fields().stream().map(FieldDefinition::key).distinct()).hasSameSizeAs(form.fields());
        }
        FormDefinition childAllowance = catalogue.form(catalogue.findByCode("CHILD_ALLOWANCE").orElseThrow().id());
        assertThat(childAllowance.pageCount()).isEqualTo(2);
        assertThat(childAllowance.page(2)).extracting(FieldDefinition::key).contains("accountNumber", "bankBook");
    }

    @Test
    void lookupsFindWhatExistsAndGetRefusesWhatDoesNot() {
        ServiceView copy = catalogue.findByCode("RESIDENT_REGISTRATION_COPY").orElseThrow();
        assertThat(copy.instantIssuance()).isTrue();
        assertThat(copy.documentTypeKey()).isEqualTo("RESIDENT_REGISTRATION");
        assertThat(catalogue.get(copy.id())).isEqualTo(copy);
        assertThat(catalogue.find(copy.id())).contains(copy);
        assertThat(catalogue.find(-1)).isEmpty();
        assertThat(catalogue.findByCode("NO_SUCH_SERVICE")).isEmpty();
        assertThatThrownBy(() -> catalogue.get(-1)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> catalogue.form(-1)).isInstanceOf(NotFound.class);
    }

    @Test
    void searchFindsServicesInKoreanAndEnglishWithFilters() {
        assertThat(catalogue.search("등본", null, null)).extracting(ServiceView::code)
                .contains("RESIDENT_REGISTRATION_COPY");
        assertThat(catalogue.search("customs", null, null)).extracting(ServiceView::code)
                .contains("CUSTOMS_CLEARANCE_CODE", "PERSONAL_CUSTOMS_CODE");
        assertThat(catalogue.search("사업자등록", ServiceCategory.BUSINESS, null)).extracting(ServiceView::code)
                .contains("BUSINESS_REGISTRATION").allMatch(c -> !c.equals("BUSINESS_REGISTRATION_CERTIFICATE"));
        assertThat(catalogue.search(null, null, LifeEvent.HAVING_A_CHILD)).extracting(ServiceView::code)
                .contains("CHILD_ALLOWANCE");
        assertThat(catalogue.search("zzz-nothing", null, null)).isEmpty();
    }

    @Test
    void aCommittedChangeReachesTheCachedCatalogue() throws Exception {
        ServiceView before = catalogue.findByCode("LOCAL_TAX_ASSESSMENT_CERTIFICATE").orElseThrow();
        BigDecimal original = before.fee();
        try {
            change(before.code(), original.add(new BigDecimal("100")));
            assertThat(catalogue.findByCode(before.code()).orElseThrow().fee())
                    .isEqualByComparingTo(original.add(new BigDecimal("100")));
        } finally {
            change(before.code(), original);
        }
        assertThat(catalogue.findByCode(before.code()).orElseThrow().fee()).isEqualByComparingTo(original);
    }

    private void change(String code, BigDecimal fee) throws Exception {
        tx.begin();
        CivilService s = em.createQuery("select s from CivilService s where s.code = :c", CivilService.class)
                .setParameter("c", code).getSingleResult();
        s.chargeFee(fee, java.time.Instant.now());
        tx.commit();
    }

    @Test
    void loadingTheDemoCatalogueAgainAddsNothing() {
        long before = em.createQuery("select count(s) from CivilService s", Long.class).getSingleResult();
        demoData.load(new DemoDataRequested());
        long after = em.createQuery("select count(s) from CivilService s", Long.class).getSingleResult();
        assertThat(after).isEqualTo(before).isGreaterThanOrEqualTo(25);
    }
}
