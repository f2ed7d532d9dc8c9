package org.madang.services;

import org.madang.testsupport.InContainer;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.FormDefinition;
import org.madang.services.domain.FieldType;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Valid answers for any service's form, made from the form's own definition, so the tests keep
 * working when the catalogue's forms change: the first option of a choice, a plausible value of
 * each type, and for a pattern the first of a few realistic values that matches it.
 */
@InContainer
public final class ApplicationFixtures {
    /** The smallest file every PDF reader and the type sniffer accept as a PDF. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** A 1×1 PNG. */
    public static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    private static final List<String> PATTERN_CANDIDATES = List.of("220-81-12341", "2208112341", "123456",
            "8703.23", "010-1234-5678", "12345678", "2026", "AB1234", "서울특별시 종로구 세종대로 209", "홍길동");

    private ApplicationFixtures() {
    }

    /** Answers to every required question that is not a file question. */
    public static Map<String, String> answers(FormDefinition form) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldDefinition f : form.fields()) {
            if (f.required() && f.type() != FieldType.FILE) {
                out.put(f.key(), value(f));
            }
        }
        return out;
    }

    /** The keys of the required file questions. */
    public static List<String> requiredFiles(FormDefinition form) {
        return form.fields().stream().filter(f -> f.required() && f.type() == FieldType.FILE)
                .map(FieldDefinition::key).toList();
    }

    static String value(FieldDefinition f) {
        if (!f.options().isEmpty()) {
            return f.options().get(0).value();
        }
        String v = switch (f.type()) {
            case CHECKBOX -> "true";
            case NUMBER -> "12";
            case DATE -> "2026-01-15";
            case EMAIL -> "citizen.test@example.kr";
            case PHONE -> "010-1234-5678";
            default -> "시험 입력";
        };
        if (f.pattern() != null && !f.pattern().isBlank() && !Pattern.matches(f.pattern(), v)) {
            v = PATTERN_CANDIDATES.stream().filter(c -> Pattern.matches(f.pattern(), c)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no test value for " + f.key() + " /" + f.pattern() + "/"));
        }
        if (f.maxLength() != null && v.length() > f.maxLength()) {
            v = v.substring(0, f.maxLength());
        }
        return v;
    }
}
