package org.madang.services.application;

import org.junit.jupiter.api.Test;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.domain.FieldType;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers checked against a form that is data: each rule, and every problem reported at once. */
class ApplicationFormCheckTest {
    static FieldDefinition field(String key, FieldType type, boolean required, String pattern, Integer max,
                                 FieldDefinition.Option... options) {
        return new FieldDefinition(key, type, required, pattern, max, List.of(options), key + "(ko)", key + "(en)",
                null, null, 1);
    }

    static final List<FieldDefinition> FORM = List.of(
            field("bizNo", FieldType.TEXT, true, "\\d{3}-\\d{2}-\\d{5}", 12),
            field("kind", FieldType.SELECT, true, null, null, new FieldDefinition.Option("A", "가", "A"),
                    new FieldDefinition.Option("B", "나", "B")),
            field("amount", FieldType.NUMBER, true, null, null),
            field("day", FieldType.DATE, false, null, null),
            field("mail", FieldType.EMAIL, false, null, null),
            field("phone", FieldType.PHONE, false, null, null),
            field("agree", FieldType.CHECKBOX, true, null, null),
            field("extras", FieldType.CHECKBOX, false, null, null, new FieldDefinition.Option("X", "엑스", "X")),
            field("note", FieldType.TEXTAREA, false, null, 5),
            field("photo", FieldType.FILE, true, null, null));

    static List<String> problems(Map<String, String> answers, Set<String> files) {
        return ApplicationFormCheck.problems(FORM, answers, files).stream()
                .map(p -> p.fieldKey() + ":" + p.messageKey().substring(p.messageKey().lastIndexOf('.') + 1)).toList();
    }

    @Test
    void aCompleteFormHasNoProblem() {
        assertThat(problems(Map.of("bizNo", "220-81-12341", "kind", "B", "amount", "1,200", "day", "2026-12-01",
                "mail", "a@b.kr", "phone", "02-123-4567", "agree", "true", "extras", "X", "note", "짧음"),
                Set.of("photo"))).isEmpty();
    }

    @Test
    void everyRuleIsCheckedAndEveryProblemReported() {
        assertThat(problems(Map.of(), Set.of())).containsExactly("bizNo:required", "kind:chooseOne",
                "amount:required", "agree:tick", "photo:fileRequired");
        assertThat(problems(Map.of("bizNo", "22081123", "kind", "Z", "amount", "many", "day", "2026-13-01",
                "mail", "nobody", "phone", "123", "agree", "false", "extras", "X,Y", "note", "너무 긴 메모입니다"),
                Set.of("photo"))).containsExactly("bizNo:pattern", "kind:option", "amount:number", "day:date",
                "mail:email", "phone:phone", "agree:tick", "extras:option", "note:tooLong");
    }

    @Test
    void problemsCarryBothLabelsForTheMessage() {
        Problem p = ApplicationFormCheck.problems(FORM.subList(0, 1), Map.of(), Set.of()).get(0);
        assertThat(p.arguments()).containsExactly("bizNo(ko)", "bizNo(en)");
        ApplicationAnswersInvalid e = new ApplicationAnswersInvalid(List.of(p));
        assertThat(e.field()).isEqualTo("bizNo");
        assertThat(e.getMessage()).contains("bizNo:services.application.field.required");
    }

    @Test
    void aBrokenPatternInTheCatalogueDoesNotBlockCitizens() {
        List<FieldDefinition> broken = List.of(field("x", FieldType.TEXT, true, "([unclosed", null));
        assertThat(ApplicationFormCheck.problems(broken, Map.of("x", "anything"), Set.of())).isEmpty();
    }

    @Test
    void unknownQuestionsAreNamed() {
        assertThat(ApplicationFormCheck.unknownKeys(new FormDefinition(1, FORM), Set.of("kind", "zzz", "aaa")))
                .containsExactly("aaa", "zzz");
    }

    @Test
    void aDraftMayBeIncompleteButNeverHoldsAnImpossibleAnswer() {
        assertThat(ApplicationFormCheck.draftProblems(FORM, Map.of("day", "2026-03-14"))).isEmpty();
        assertThat(ApplicationFormCheck.draftProblems(FORM, Map.of("bizNo", "", "day", " "))).as("blank: not yet answered")
                .isEmpty();
        assertThat(ApplicationFormCheck.draftProblems(FORM, Map.of("day", "2026-13-45", "kind", "Z", "note", "123456"))
                .stream().map(Problem::fieldKey).sorted().toList()).containsExactly("day", "kind", "note");
        assertThat(ApplicationFormCheck.draftProblems(FORM, Map.of("bizNo", "220-81"))).as("half-typed: may wait")
                .isEmpty();
        assertThat(ApplicationFormCheck.problems(FORM, Map.of("bizNo", "220-81"), Set.of()).stream()
                .filter(p -> p.fieldKey().equals("bizNo")).map(Problem::messageKey).toList())
                .as("but the page is not complete with it").containsExactly("services.application.field.pattern");
    }
}
