package org.madang.disclosure.domain;

import org.madang.platform.error.InvalidInput;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The metadata a publisher writes, checked as one: titles and summaries in both languages, etc. */
public record PublicationDetails(PublicationType type, PublicationCategory category, String titleKo, String titleEn,
                                 String summaryKo, String summaryEn, String legalBasis, String keywords,
                                 Licence licence) {
    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_LEGAL_BASIS = 500;
    public static final int MAX_KEYWORDS = 1000;

    public PublicationDetails {
        if (type == null) {
            throw new InvalidInput("open.publish.typeRequired").onField("type");
        }
        if (category == null) {
            throw new InvalidInput("open.publish.categoryRequired").onField("category");
        }
        if (licence == null) {
            throw new InvalidInput("open.publish.licenceRequired").onField("licence");
        }
        titleKo = required(titleKo, MAX_TITLE, "titleKo");
        titleEn = required(titleEn, MAX_TITLE, "titleEn");
        summaryKo = required(summaryKo, MAX_SUMMARY, "summaryKo");
        summaryEn = required(summaryEn, MAX_SUMMARY, "summaryEn");
        legalBasis = optional(legalBasis, MAX_LEGAL_BASIS, "legalBasis");
        keywords = String.join(", ", keywordList(optional(keywords, MAX_KEYWORDS, "keywords")));
    }

    /** Keywords as a list: split at commas, trimmed, without blanks or repeats. */
    public static List<String> keywordList(String keywords) {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(keywords.split("[,;]")).map(String::strip).filter(k -> !k.isEmpty()).forEach(out::add);
        return List.copyOf(out);
    }

    private static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("open.publish.required").onField(field);
        }
        return optional(value, max, field);
    }

    private static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInput("open.publish.tooLong", max).onField(field);
        }
        return v;
    }
}
