package org.madang.forum.debate.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.madang.forum.debate.application.DebateViews.LogEntry;
import org.madang.forum.debate.application.DebateViews.PostView;
import org.madang.forum.debate.application.DebateViews.QueueLine;
import org.madang.forum.debate.domain.ModerationAction;
import org.madang.forum.debate.domain.ModerationEntry;
import org.madang.forum.debate.domain.ModerationRule;
import org.madang.forum.debate.domain.Post;
import org.madang.forum.debate.infrastructure.DebateRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.platform.notification.Notice;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Flags on debate posts, the moderators' queue, hiding and dismissing, the author's one appeal and
 * the public log (of posts and petitions). Moderators of a debate hold the MODERATOR role in its
 * agency; the appeal goes to one who did not hide the post. The author is told of a hiding and of
 * the appeal's outcome. Petitions are moderated alike by {@code PetitionModerating}.
 */
@Stateless
@RolesAllowed(Roles.MODERATOR)
public class Moderating {
    public static final int LOG_PAGE = 50;
    public static final int NOTE_MAX = 1000;

    @Inject
    DebateRepository repo;
    @Inject
    Moderators moderators;
    @Inject
    CurrentUser currentUser;
    @Inject
    Event<Notice> notices;
    @Inject
    Clock clock;

    /** Anyone signed in flags a post once under a published rule; the third person's flag puts it under review. */
    @RolesAllowed(Roles.CITIZEN)
    @Audited("moderation.flag")
    public void flag(@AuditTarget("post") long postId, @NotNull ModerationRule rule, String note) {
        if (note != null && note.length() > NOTE_MAX) {
            throw new InvalidInput("moderation.textRequired", NOTE_MAX).onField("note");
        }
        Post p = repo.postForUpdate(postId);
        Instant now = Instant.now(clock);
        if (!repo.addFlag(postId, currentUser.accountId(), rule.name(), note == null || note.isBlank() ? null : note.strip(), now)) {
            throw new Conflict("moderation.flag.already");
        }
        if (p.flagged(repo.openFlags(postId))) {
            repo.add(new ModerationEntry(p, ModerationAction.UNDER_REVIEW, null, null, null, now));
        }
    }

    /** The author appeals the hiding of their post, once. */
    @RolesAllowed(Roles.CITIZEN)
    @Audited("moderation.appeal")
    public void appeal(@AuditTarget("post") long postId, @NotNull String text) {
        repo.postForUpdate(postId).appeal(currentUser.accountId(), text, Instant.now(clock));
    }

    /** Posts of the caller's agency's debates with open flags or a pending appeal, oldest first. */
    public List<QueueLine> queue() {
        String agency = moderators.agencyOfCaller();
        return repo.queue(agency, 200).stream().map(f -> new QueueLine(PostView.of(f.post(), null, false, List.of()),
                f.post().getDebateId(), f.flags(), f.since(), f.post().moderation().isAppealPending()
                ? f.post().moderation().getAppealText() : null)).toList();
    }

    /** The text of a post under review or hidden, for the moderator deciding (never shown to the public). */
    public String textFor(long postId) {
        return ours(postId).getBody();
    }

    @Audited("moderation.hide")
    public void hide(@AuditTarget("post") long postId, @NotNull ModerationRule rule, @NotNull String reason) {
        Post p = ours(postId);
        Instant now = Instant.now(clock);
        repo.add(p.hide(currentUser.accountId(), rule, reason, now));
        repo.closeFlags(postId);
        tellAuthor(p, "moderation.notice.hidden.subject", "moderation.notice.hidden.body");
    }

    @Audited("moderation.dismiss")
    public void dismiss(@AuditTarget("post") long postId, @NotNull String reason) {
        Post p = ours(postId);
        repo.add(p.dismissFlags(currentUser.accountId(), reason, Instant.now(clock)));
        repo.closeFlags(postId);
    }

    @Audited("moderation.decideAppeal")
    public void decideAppeal(@AuditTarget("post") long postId, boolean restore, @NotNull String reason) {
        Post p = ours(postId);
        repo.add(p.decideAppeal(currentUser.accountId(), restore, reason, Instant.now(clock)));
        tellAuthor(p, "moderation.notice.appeal.subject",
                restore ? "moderation.notice.restored.body" : "moderation.notice.upheld.body");
    }

    /** The public moderation log, newest first, a page at a time before the entry {@code beforeId}. */
    @PermitAll
    public List<LogEntry> log(Long beforeId) {
        return repo.log(beforeId, LOG_PAGE).stream().map(LogEntry::of).toList();
    }

    private Post ours(long postId) {
        Post p = repo.postForUpdate(postId);
        if (!repo.get(p.getDebateId()).getAgencyCode().equals(moderators.agencyOfCaller())) {
            throw new NotFound("debate.post.notFound");
        }
        return p;
    }

    private void tellAuthor(Post p, String subject, String body) {
        if (p.getAuthorAccountId() != null) {
            notices.fire(new Notice(p.getAuthorAccountId(), subject, body, List.of(String.valueOf(p.getId())),
                    "/my/forum/appeal.xhtml?id=" + p.getId(), "forum"));
        }
    }
}
