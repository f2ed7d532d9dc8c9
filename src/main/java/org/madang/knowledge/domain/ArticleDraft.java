package org.madang.knowledge.domain;

import org.madang.platform.error.InvalidInput;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an officer writes in the editor: kind, titles and bodies (Markdown) in Korean and English
 * (English may wait until the article is made public), the services and agencies it concerns, its
 * citations, the date by which its owner must look at it again, the visibility asked for, and the
 * article it replaces, if any.
 */
public record ArticleDraft(ArticleKind kind, String titleKo, String titleEn, String bodyKo, String bodyEn,
                           Set<Long> serviceIds, Set<String> agencyCodes, List<Citation> citations,
                           LocalDate reviewOn, Visibility visibility, Long supersedesId) {
    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_CITATIONS = 20;
    public static final int MAX_LINKS = 30;

    public ArticleDraft {
        if (kind == null) {
            throw new InvalidInput("knowledge.article.kindRequired").onField("kind");
        }
        titleKo = required(titleKo, MAX_TITLE, "titleKo");
        titleEn = optional(titleEn, MAX_TITLE, "titleEn");
        bodyKo = required(bodyKo, MAX_BODY, "bodyKo");
        bodyEn = optional(bodyEn, MAX_BODY, "bodyEn");
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(serviceIds));
        agencyCodes = agencyCodes == null ? Set.of() : Set.copyOf(agencyCodes);
        citations = citations == null ? List.of() : List.copyOf(new LinkedHashSet<>(citations));
        if (serviceIds.size() > MAX_LINKS || agencyCodes.size() > MAX_LINKS) {
            throw new InvalidInput("knowledge.article.tooManyLinks", MAX_LINKS).onField("services");
        }
        if (citations.size() > MAX_CITATIONS) {
            throw new InvalidInput("knowledge.citation.tooMany", MAX_CITATIONS).onField("citations");
        }
        if (reviewOn == null) {
            throw new InvalidInput("knowledge.article.reviewRequired").onField("reviewOn");
        }
        if (visibility == null) {
            visibility = Visibility.DEPARTMENT;
        }
    }

    private static String required(String v, int max, String field) {
        if (v == null || v.isBlank()) {
            throw new InvalidInput("knowledge.article." + field + ".required").onField(field);
        }
        return optional(v, max, field);
    }

    private static String optional(String v, int max, String field) {
        if (v == null || v.isBlank()) {
            return "";
        }
        String s = v.strip();
        if (s.length() > max) {
            throw new InvalidInput("knowledge.article.tooLong", max).onField(field);
        }
        return s;
    }
}
