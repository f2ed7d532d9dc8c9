package org.madang.forum.debate.application;

import org.madang.forum.debate.domain.Audience;
import org.madang.forum.debate.domain.Debate;
import org.madang.forum.debate.domain.DebatePhase;
import org.madang.forum.debate.domain.Moderation;
import org.madang.forum.debate.domain.ModerationAction;
import org.madang.forum.debate.domain.ModerationEntry;
import org.madang.forum.debate.domain.ModerationRule;
import org.madang.forum.debate.domain.Post;
import org.madang.forum.debate.domain.ContentModeration;
import org.madang.forum.petition.application.ForumAgencies.AgencyName;

import org.madang.platform.text.Markdown;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Read models of debates and posts for pages and the API. No poster is named: residents are residents. */
public final class DebateViews {
    private DebateViews() {
    }

    /** A debate; {@code documents}, its background publications, only where one debate is shown. */
    public record DebateView(long id, AgencyName agency, String title, String background, Audience audience,
                             String region, Instant opensAt, Instant closesAt, DebatePhase phase, String summary,
                             Instant summaryAt, List<DocumentLink> documents) implements Serializable {
        static DebateView of(Debate d, AgencyName agency, Instant now, List<DocumentLink> documents) {
            return new DebateView(d.getId(), agency, d.getTitle(), d.getBackground(), d.getAudience(), d.getRegion(),
                    d.getOpensAt(), d.getClosesAt(), d.phase(now), d.getSummary(), d.getSummaryAt(), List.copyOf(documents));
        }

        public boolean open() {
            return phase == DebatePhase.OPEN;
        }
    }

    /**
     * A thread or reply. {@code author} is RESIDENT, OFFICIAL (with the agency and the officer's
     * role) or FORMER (the account is gone); {@code body} is null once its author deleted it.
     */
    public record PostView(long id, Long parentId, String author, AgencyName officialAgency, String officialRole,
                           String body, boolean deleted, Instant createdAt, Instant editedAt, int agree, int disagree,
                           int replies, boolean editable, List<PostView> firstReplies, Moderation moderation,
                           ModerationRule hiddenRule, String hiddenReason, String bodyHtml) implements Serializable {
        static PostView of(Post p, AgencyName agency, boolean editable, List<PostView> firstReplies) {
            String author = p.isOfficial() ? "OFFICIAL" : p.getAuthorAccountId() == null ? "FORMER" : "RESIDENT";
            ContentModeration m = p.moderation();
            return new PostView(p.getId(), p.getParentId(), author, agency, p.getOfficialRole(),
                    p.isShown() ? p.getBody() : null, p.isDeleted(), p.getCreatedAt(), p.getEditedAt(),
                    p.getAgreeCount(), p.getDisagreeCount(), p.getReplyCount(), editable, List.copyOf(firstReplies),
                    m.getState(), m.getHiddenRule(), m.getState() == Moderation.HIDDEN ? m.getHiddenReason() : null,
                    html(p.isShown() ? p.getBody() : null));
        }

        public String authorKey() {
            return "debate.author." + author;
        }
    }

    /** A publication of /open/ given as a debate's background, with its titles as that context has them now. */
    public record DocumentLink(long publicationId, String titleKo, String titleEn) implements Serializable {
        public String title(String lang) {
            return "en".equals(lang) && titleEn != null && !titleEn.isBlank() ? titleEn : titleKo;
        }
    }

    /** A wording a post had from {@code from} until {@code until} (null: it still has it). */
    public record Wording(String body, Instant from, Instant until, String bodyHtml) implements Serializable {
        static Wording of(String body, Instant from, Instant until) {
            return new Wording(body, from, until, html(body));
        }
    }

    /**
     * A post's text as the page shows it: the portal's safe Markdown subset (raw HTML shown as text,
     * only web and mail links, marked nofollow ugc), its headings below the page's own h2 sections.
     */
    static String html(String body) {
        return body == null ? null : Markdown.toUserHtml(body, 3);
    }

    /**
     * A post with every wording it had, oldest first, the current one last; a post whose text is
     * not shown (deleted, hidden, under review) shows no earlier wording either.
     */
    public record PostHistory(PostView post, List<Wording> wordings) implements Serializable {
    }

    /**
     * One line of the public moderation log (never who flagged, never who decided): about a post
     * of a debate, or a petition (then {@code postId} and {@code debateId} are null).
     */
    public record LogEntry(long id, Long postId, Long debateId, Long petitionId, ModerationAction action,
                           ModerationRule rule, String reason, Instant at) implements Serializable {
        static LogEntry of(ModerationEntry e) {
            return new LogEntry(e.getId(), e.getPostId(), e.getDebateId(), e.getPetitionId(), e.getAction(), e.getRule(),
                    e.getReason(), e.getDecidedAt());
        }
    }

    /** A post waiting for a moderator: its open flags, since when, and an appeal if there is one. */
    public record QueueLine(PostView post, long debateId, long flags, Instant since, String appeal) implements Serializable {
    }

    /** One page of threads and the cursor of the next (null on the last page). */
    public record ThreadPage(List<PostView> threads, String next) implements Serializable {
    }

    /** Whether the caller may post in the debate now, and whether as the agency's official voice. */
    public record PostingStanding(boolean mayPost, String refusalKey, boolean mayAnswerOfficially)
            implements Serializable {
    }
}
