package org.madang.knowledge.application;

import org.madang.knowledge.domain.ArticleKind;
import org.madang.knowledge.domain.ArticleStatus;
import org.madang.knowledge.domain.Visibility;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read models of knowledge articles for pages and the API (never entities). */
public final class KnowledgeViews {
    private KnowledgeViews() {
    }

    private static String in(String lang, String ko, String en) {
        return "en".equals(lang) && en != null && !en.isBlank() ? en : ko;
    }

    /** A service, agency or department by its names. */
    public record Name(String key, String ko, String en) implements Serializable {
        public String in(String lang) {
            return KnowledgeViews.in(lang, ko, en);
        }

        /** The key of a service or department, which is a number. */
        public long number() {
            return Long.parseLong(key);
        }
    }

    /** Another article mentioned by this one (the one it replaces, or its successor). */
    public record ArticleLink(long id, String titleKo, String titleEn) implements Serializable {
        public String title(String lang) {
            return in(lang, titleKo, titleEn);
        }
    }

    /** Views, cases it was used for (and of those, decided), and "was this helpful" answers. */
    public record Use(long views, long cases, long closedCases, long helpful, long notHelpful) implements Serializable {
        public static Use sum(List<Use> all) {
            return new Use(all.stream().mapToLong(Use::views).sum(), all.stream().mapToLong(Use::cases).sum(),
                    all.stream().mapToLong(Use::closedCases).sum(), all.stream().mapToLong(Use::helpful).sum(),
                    all.stream().mapToLong(Use::notHelpful).sum());
        }
    }

    /** A statute article noted as amended: in this article, or in another one (then this one needs review). */
    public record AmendmentView(String statute, LocalDate amendedOn, ArticleLink notedIn, String notedBy,
                                Instant notedAt, boolean outdatesThis) implements Serializable {
    }

    /** A line of the officers' list. */
    public record ArticleRow(long id, ArticleKind kind, String titleKo, String titleEn, ArticleStatus status,
                             Visibility visibility, Name department, String ownerName, LocalDate reviewOn,
                             boolean needsReview, boolean awaitsPublication, boolean ownDepartment, Use use)
            implements Serializable {
        public String title(String lang) {
            return in(lang, titleKo, titleEn);
        }
    }

    /**
     * The officers' list, how many of the caller's department's articles need review, and how the
     * department's listed articles were used altogether.
     */
    public record ArticleList(List<ArticleRow> rows, long needingReview, boolean cut, Use departmentUse)
            implements Serializable {
    }

    public record VersionView(int number, String reason, String authorName, Instant createdAt, Instant publishedAt)
            implements Serializable {
    }

    /** An article as an officer reads it, with what they may do with it. */
    public record ArticleDetails(long id, ArticleKind kind, String titleKo, String titleEn, String htmlKo,
                                 String htmlEn, ArticleStatus status, Visibility visibility, Name department,
                                 String ownerName, LocalDate reviewOn, boolean needsReview, List<String> citations,
                                 List<Name> services, List<Name> agencies, List<VersionView> versions,
                                 int publishedVersion, int currentVersion, ArticleLink supersedes,
                                 ArticleLink supersededBy, Instant publishedAt, String publishedBy,
                                 String withdrawalReason, Use use, boolean mayEdit, boolean mayPublish,
                                 boolean mayWithdraw, boolean awaitsPublication, String pendingHtmlKo,
                                 String pendingTitleKo, Boolean myVote, List<AmendmentView> amendments,
                                 List<String> citationLines, boolean mayNoteAmendment) implements Serializable {
        public String title(String lang) {
            return in(lang, titleKo, titleEn);
        }

        public String html(String lang) {
            return in(lang, htmlKo, htmlEn);
        }
    }

    /** An article beside a case: linked to its service, suggested, or already used for it. */
    public record Suggestion(long id, ArticleKind kind, String titleKo, String titleEn, String summaryKo,
                             String summaryEn, boolean attached) implements Serializable {
        public String title(String lang) {
            return in(lang, titleKo, titleEn);
        }

        public String summary(String lang) {
            return in(lang, summaryKo, summaryEn);
        }
    }

    /** The case page's knowledge panel. */
    public record CasePanel(String number, List<Suggestion> linked, List<Suggestion> suggested,
                            List<Suggestion> attached) implements Serializable {
    }

    /** A public article (a frequently asked question and its answer). */
    public record PublicArticle(long id, ArticleKind kind, String titleKo, String titleEn, String htmlKo,
                                String htmlEn, List<Name> services, Name agency, List<String> citations,
                                Instant publishedAt, ArticleLink supersededBy) implements Serializable {
        public String title(String lang) {
            return in(lang, titleKo, titleEn);
        }

        public String html(String lang) {
            return in(lang, htmlKo, htmlEn);
        }
    }

    /** What the editor offers: services, agencies, and the department's published articles a new one may replace. */
    public record EditorChoices(List<Name> services, List<Name> agencies, List<ArticleLink> replaceable)
            implements Serializable {
    }

    /** The editor's starting point: the latest version's text and the article's metadata. */
    public record EditorContent(Long id, ArticleKind kind, String titleKo, String titleEn, String bodyKo,
                                String bodyEn, List<Long> serviceIds, List<String> agencyCodes,
                                String citationLines, LocalDate reviewOn, Visibility visibility, Long supersedesId,
                                int currentVersion, ArticleStatus status) implements Serializable {
    }
}
