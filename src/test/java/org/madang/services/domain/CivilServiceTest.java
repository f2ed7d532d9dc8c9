package org.madang.services.domain;

import org.junit.jupiter.api.Test;
import org.madang.services.application.CatalogueViews;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.FormDefinition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CivilServiceTest {
    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    static CivilService service() {
        return new CivilService("TEST_SERVICE", ServiceCategory.BUSINESS, Bilingual.of("시험", "Test"), "nts", 7,
                ProcessingPeriod.days(2), new BigDecimal("28000"), NOW)
                .describe(Bilingual.of("요약", "Summary"), Bilingual.of("자격", "Who"), Bilingual.of("방법", "How"), NOW);
    }

    static ServiceFormField.Spec field(String key, int page) {
        return new ServiceFormField.Spec(key, FieldType.TEXT, true, null, 100, Bilingual.of("질문", "Question"), null,
                page, null);
    }

    @Test
    void formPagesGroupTheQuestionsInOrder() {
        CivilService s = service().addField(field("a", 1)).addField(field("b", 1)).addField(field("c", 2))
                .addField(field("d", 3)).addField(field("e", 3));
        FormDefinition form = CatalogueViews.form(s, 1);
        assertThat(form.pageCount()).isEqualTo(3);
        assertThat(form.page(1)).extracting(FieldDefinition::key).containsExactly("a", "b");
        assertThat(form.page(2)).extracting(FieldDefinition::key).containsExactly("c");
        assertThat(form.page(3)).extracting(FieldDefinition::key).containsExactly("d", "e");
        assertThat(form.page(4)).isEmpty();
    }

    @Test
    void aFormWithoutQuestionsHasOnePage() {
        assertThat(new FormDefinition(1, List.of()).pageCount()).isEqualTo(1);
    }

    @Test
    void pagesCannotSkipOrGoBack() {
        CivilService s = service().addField(field("a", 1));
        assertThatThrownBy(() -> s.addField(field("b", 3))).isInstanceOf(IllegalArgumentException.class);
        s.addField(field("b", 2));
        assertThatThrownBy(() -> s.addField(field("c", 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.addField(field("a", 2))).hasMessageContaining("duplicate");
    }

    @Test
    void questionsThatCouldNotBeRenderedOrCheckedAreRefused() {
        assertThatThrownBy(() -> new ServiceFormField.Spec("Bad Key", FieldType.TEXT, true, null, null,
                Bilingual.of("a", "b"), null, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceFormField.Spec("choice", FieldType.SELECT, true, null, null,
                Bilingual.of("a", "b"), null, 1, List.of(new FieldOption("X", Bilingual.of("x", "x")))))
                .hasMessageContaining("two options");
        assertThatThrownBy(() -> new ServiceFormField.Spec("code", FieldType.TEXT, true, "[unclosed", null,
                Bilingual.of("a", "b"), null, 1, null)).hasMessageContaining("pattern");
        assertThatThrownBy(() -> new ServiceFormField.Spec("late", FieldType.TEXT, true, null, null,
                Bilingual.of("a", "b"), null, ServiceFormField.MAX_PAGES + 1, null)).hasMessageContaining("page");
        assertThatThrownBy(() -> Bilingual.of("한국어만", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serviceGuardsItsIdentityAndFee() {
        assertThatThrownBy(() -> new CivilService("lower", ServiceCategory.TAX, Bilingual.of("a", "b"), "NTS", 1,
                ProcessingPeriod.immediate(), BigDecimal.ZERO, NOW)).hasMessageContaining("code");
        assertThatThrownBy(() -> new CivilService("NO_DEPT", ServiceCategory.TAX, Bilingual.of("a", "b"), "NTS", 0,
                ProcessingPeriod.immediate(), BigDecimal.ZERO, NOW)).hasMessageContaining("department");
        assertThatThrownBy(() -> service().chargeFee(new BigDecimal("-1"), NOW)).hasMessageContaining("fee");
        assertThatThrownBy(() -> service().chargeFee(new BigDecimal("10.5"), NOW)).hasMessageContaining("fee");
        assertThat(service().chargeFee(new BigDecimal("400.00"), NOW).getFee()).isEqualByComparingTo("400");
        assertThat(service().getAgencyCode()).isEqualTo("NTS");
    }

    @Test
    void instantIssuanceNeedsADocumentTypeAndRejectionGroundsAreUnique() {
        assertThatThrownBy(() -> service().issuedInstantly(null, true)).isInstanceOf(IllegalArgumentException.class);
        CivilService s = service().issuedInstantly("RESIDENT_REGISTRATION", true);
        assertThat(s.isInstantIssuance()).isTrue();
        assertThat(s.isRequiresVerifiedResident()).isTrue();
        s.mayBeRejectedFor("NOT_ELIGIBLE", Bilingual.of("요건 미충족", "Not eligible"));
        assertThatThrownBy(() -> s.mayBeRejectedFor("NOT_ELIGIBLE", Bilingual.of("a", "b")))
                .hasMessageContaining("duplicate");
    }

    @Test
    void anUndescribedServiceIsNeverStored() {
        CivilService bare = new CivilService("BARE", ServiceCategory.TAX, Bilingual.of("a", "b"), "NTS", 1,
                ProcessingPeriod.immediate(), BigDecimal.ZERO, NOW);
        assertThatThrownBy(bare::requireDescription).isInstanceOf(IllegalStateException.class);
        service().requireDescription();
    }
}
