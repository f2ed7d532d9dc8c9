package org.madang.forum.debate.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.forum.debate.application.DebateViews.DebateView;
import org.madang.forum.debate.application.DebateViews.PostHistory;
import org.madang.forum.debate.application.DebateViews.PostView;
import org.madang.forum.debate.application.DebateViews.ThreadPage;
import org.madang.forum.debate.application.DebateViews.Wording;
import org.madang.forum.debate.domain.Post;
import org.madang.forum.debate.domain.PostEdit;
import org.madang.forum.debate.infrastructure.DebateRepository;
import org.madang.forum.petition.application.ForumAgencies;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Debates and their posts for everyone. Threads come a page at a time by keyset: newest first
 * (cursor {@code n-<id>}), official answers only (same cursor), or most agreed first (cursor
 * {@code a-<agrees>-<id>}); a cursor that does not parse is the start of the list.
 */
@Stateless
@PermitAll
public class DebateCatalogue {
    public static final int PAGE = 20;
    public static final int FIRST_REPLIES = 5;
    public static final int REPLY_PAGE = 50;

    @Inject
    DebateRepository repo;
    @Inject
    ForumAgencies agencies;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    DebateDocuments documents;

    public List<DebateView> debates() {
        Instant now = Instant.now(clock);
        return repo.debates(200).stream().map(d -> DebateView.of(d, agencies.nameOf(d.getAgencyCode()), now, List.of()))
                .toList();
    }

    /** One debate with its background documents (those still public in /open/). */
    public DebateView get(long id) {
        var d = repo.get(id);
        return DebateView.of(d, agencies.nameOf(d.getAgencyCode()), Instant.now(clock), documents.of(repo.documents(id)));
    }

    /** One page of a debate's threads, each with its first replies; sort "newest", "agreed" or "official". */
    public ThreadPage threads(long debateId, String sort, String cursor) {
        repo.get(debateId);
        Instant now = Instant.now(clock);
        List<Post> read;
        if ("agreed".equals(sort)) {
            long[] k = agreedCursor(cursor);
            read = repo.threadsMostAgreed(debateId, k == null ? null : (int) k[0], k == null ? null : k[1], PAGE + 1);
        } else {
            read = repo.threadsNewest(debateId, idCursor(cursor), "official".equals(sort), PAGE + 1);
        }
        boolean more = read.size() > PAGE;
        List<Post> page = more ? read.subList(0, PAGE) : read;
        var first = repo.firstReplies(page.stream().map(Post::getId).toList(), FIRST_REPLIES);
        List<PostView> threads = page.stream().map(p -> view(p, now, first.getOrDefault(p.getId(), List.of()).stream()
                .map(r -> view(r, now, List.of())).toList())).toList();
        String next = null;
        if (more) {
            Post last = page.get(page.size() - 1);
            next = "agreed".equals(sort) ? "a-" + last.getAgreeCount() + "-" + last.getId() : "n-" + last.getId();
        }
        return new ThreadPage(threads, next);
    }

    /** One thread with a page of its replies, oldest first, after the reply {@code afterId}. */
    public ThreadPage thread(long threadId, Long afterId) {
        Post t = repo.post(threadId);
        if (t.getParentId() != null) {
            throw new NotFound("debate.post.notFound");
        }
        Instant now = Instant.now(clock);
        List<Post> read = repo.replies(threadId, afterId, REPLY_PAGE + 1);
        boolean more = read.size() > REPLY_PAGE;
        List<Post> page = more ? read.subList(0, REPLY_PAGE) : read;
        PostView v = view(t, now, page.stream().map(r -> view(r, now, List.of())).toList());
        return new ThreadPage(List.of(v), more ? String.valueOf(page.get(page.size() - 1).getId()) : null);
    }

    /** One post (thread or reply) on its own, for its author's edit page. */
    public PostView post(long postId) {
        return view(repo.post(postId), Instant.now(clock), List.of());
    }

    /** A post and the wordings it had, for its public history page (edits are allowed for 15 minutes). */
    public PostHistory history(long postId) {
        Post p = repo.post(postId);
        PostView v = view(p, Instant.now(clock), List.of());
        if (v.body() == null) {
            return new PostHistory(v, List.of());
        }
        List<Wording> wordings = new ArrayList<>();
        Instant from = p.getCreatedAt();
        for (PostEdit e : repo.edits(postId)) {
            wordings.add(Wording.of(e.getBody(), from, e.getReplacedAt()));
            from = e.getReplacedAt();
        }
        wordings.add(Wording.of(v.body(), from, null));
        return new PostHistory(v, List.copyOf(wordings));
    }

    /** Debates of one agency, latest closing first. */
    public List<DebateView> ofAgency(String agencyCode) {
        return debates().stream().filter(d -> d.agency().code().equals(agencyCode)).map(d -> get(d.id())).toList();
    }

    /** Posts written (threads and replies) per month, of one agency's debates or (null) all: a public count. */
    public java.util.Map<java.time.YearMonth, Long> postsPerMonth(java.time.YearMonth from, java.time.YearMonth to,
                                                                  String agencyCode) {
        return repo.postsPerMonth(from, to, agencyCode);
    }

    /** The debate a post belongs to. */
    public long debateOf(long postId) {
        return repo.post(postId).getDebateId();
    }

    private PostView view(Post p, Instant now, List<PostView> replies) {
        boolean editable = currentUser.findAccountId().map(a -> p.isEditableBy(a, now)).orElse(false);
        return PostView.of(p, p.isOfficial() ? agencies.nameOf(p.getOfficialAgency()) : null, editable, replies);
    }

    static Long idCursor(String cursor) {
        if (cursor == null || !cursor.matches("n-[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.parseLong(cursor.substring(2));
    }

    static long[] agreedCursor(String cursor) {
        if (cursor == null || !cursor.matches("a-[0-9]{1,9}-[1-9][0-9]{0,17}")) {
            return null;
        }
        String[] parts = cursor.split("-");
        return new long[]{Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }
}
