package org.madang.services.application;

import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.domain.FieldType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks answers against a service's form (forms are data): required questions, length, the
 * field's pattern, the type of answer and the allowed options. Pure, so the form pages can run it
 * on each page as the citizen goes, and submission runs it on the whole form.
 */
public final class ApplicationFormCheck {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Korean phone numbers: mobile, Seoul (02) and regional numbers, dashes optional. */
    private static final Pattern PHONE = Pattern.compile("0\\d{1,2}-?\\d{3,4}-?\\d{4}");

    private ApplicationFormCheck() {
    }

    /** "Required" in the words that fit the control: one attaches a file, chooses an option, ticks a box. */
    static String requiredKey(FieldDefinition f) {
        return switch (f.type()) {
            case FILE -> "services.application.field.fileRequired";
            case RADIO, SELECT -> "services.application.field.chooseOne";
            case CHECKBOX -> f.options().isEmpty() ? "services.application.field.tick"
                    : "services.application.field.chooseSome";
            default -> "services.application.field.required";
        };
    }

    /** Every problem of the given questions; {@code files} names the FILE questions that have a file. */
    public static List<Problem> problems(List<FieldDefinition> fields, Map<String, String> answers, Set<String> files) {
        List<Problem> out = new ArrayList<>();
        for (FieldDefinition f : fields) {
            String v = answers.get(f.key());
            boolean empty = f.type() == FieldType.FILE ? !files.contains(f.key()) : v == null || v.isBlank()
                    || (f.type() == FieldType.CHECKBOX && f.options().isEmpty() && !"true".equals(v));
            if (empty) {
                if (f.required()) {
                    out.add(problem(f, requiredKey(f)));
                }
                continue;
            }
            if (f.type() != FieldType.FILE) {
                String p = check(f, v.strip(), true);
                if (p != null) {
                    out.add(p.equals("services.application.field.tooLong")
                            ? problem(f, p, String.valueOf(f.maxLength())) : problem(f, p));
                }
            }
        }
        return out;
    }

    /**
     * What a draft may not hold even before it is complete: an answer given in an impossible form
     * (a date like 2026-13-45, an option the question does not offer, text over the limit).
     * Missing answers are no problem yet.
     */
    public static List<Problem> draftProblems(List<FieldDefinition> fields, Map<String, String> answers) {
        List<Problem> out = new ArrayList<>();
        for (FieldDefinition f : fields) {
            String v = answers.get(f.key());
            if (f.type() == FieldType.FILE || v == null || v.isBlank()) {
                continue;
            }
            String p = check(f, v.strip(), false);
            if (p != null) {
                out.add(p.equals("services.application.field.tooLong")
                        ? problem(f, p, String.valueOf(f.maxLength())) : problem(f, p));
            }
        }
        return out;
    }

    /** Answers to questions the form does not ask (refused when a draft is saved). */
    public static List<String> unknownKeys(FormDefinition form, Set<String> keys) {
        return keys.stream().filter(k -> form.fields().stream().noneMatch(f -> f.key().equals(k))).sorted().toList();
    }

    /**
     * The pattern (a business number's 000-00-00000) is checked when the page or the application is
     * complete, not when a draft is saved: a half-typed number may wait in a draft.
     */
    private static String check(FieldDefinition f, String v, boolean withPattern) {
        if (f.maxLength() != null && v.length() > f.maxLength()) {
            return "services.application.field.tooLong";
        }
        String typeProblem = switch (f.type()) {
            case NUMBER -> isNumber(v) ? null : "services.application.field.number";
            case DATE -> isDate(v) ? null : "services.application.field.date";
            case EMAIL -> EMAIL.matcher(v).matches() ? null : "services.application.field.email";
            case PHONE -> PHONE.matcher(v).matches() ? null : "services.application.field.phone";
            case SELECT, RADIO -> isOption(f, v) ? null : "services.application.field.option";
            case CHECKBOX -> f.options().isEmpty() || Arrays.stream(v.split(",")).map(String::strip)
                    .allMatch(x -> isOption(f, x)) ? null : "services.application.field.option";
            default -> null;
        };
        if (typeProblem != null) {
            return typeProblem;
        }
        if (withPattern && f.pattern() != null && !f.pattern().isBlank() && !matches(f.pattern(), v)) {
            return "services.application.field.pattern";
        }
        return null;
    }

    private static boolean matches(String pattern, String v) {
        try {
            return Pattern.compile(pattern).matcher(v).matches();
        } catch (PatternSyntaxException broken) {
            // a broken pattern in the catalogue must not stop every citizen from applying
            return true;
        }
    }

    private static boolean isOption(FieldDefinition f, String v) {
        return f.options().stream().anyMatch(o -> o.value().equals(v));
    }

    private static boolean isNumber(String v) {
        try {
            new BigDecimal(v.replace(",", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Problem problem(FieldDefinition f, String key, String... more) {
        List<String> args = new ArrayList<>(List.of(f.labelKo(), f.labelEn()));
        args.addAll(List.of(more));
        return new Problem(f.key(), key, args);
    }
}
