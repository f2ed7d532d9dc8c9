package org.madang.forum.debate.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.madang.forum.debate.application.DebateViews.PostingStanding;
import org.madang.forum.debate.domain.Debate;
import org.madang.forum.debate.domain.Post;
import org.madang.forum.debate.infrastructure.DebateRepository;
import org.madang.forum.limits.application.ForumLimits;
import org.madang.forum.limits.domain.RateLimit;
import org.madang.forum.limits.domain.SameText;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.ParticipantFacts;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Posting in a debate: threads, replies (one level), edits within 15 minutes, deleting one's own
 * post, agreeing or disagreeing. Who may post is the debate's audience; an officer of the debate's
 * agency may post as its official voice (the agency and the officer's role are shown, not the name).
 * A person's threads and replies are limited per minute and per day, and the same text twice within
 * a while is refused ({@link ForumLimits}); the page keeps what was typed.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class Posting {
    @Inject
    DebateRepository repo;
    @Inject
    ParticipantFacts facts;
    @Inject
    OrganisationDirectory organisations;
    @Inject
    CurrentUser currentUser;
    @Inject
    ForumLimits limits;
    @Inject
    Clock clock;

    public PostingStanding standing(long debateId) {
        Debate d = repo.get(debateId);
        Instant now = Instant.now(clock);
        boolean official = officialRole(d).isPresent();
        if (!d.phase(now).equals(org.madang.forum.debate.domain.DebatePhase.OPEN)) {
            return new PostingStanding(false, "debate.refused.notOpen", false);
        }
        Optional<String> refusal = official ? Optional.empty() : refusal(d);
        return new PostingStanding(refusal.isEmpty(), refusal.orElse(null), official);
    }

    /** A new thread; {@code official} asks to post as the agency (refused for anyone else). */
    @Audited("debate.post")
    public long post(@AuditTarget("debate") long debateId, @NotNull String body, boolean official) {
        Debate d = repo.get(debateId);
        String role = role(d, official);
        Instant now = Instant.now(clock);
        if (role == null) {
            withinLimits(body, now);
        }
        Post p = Post.thread(d, currentUser.accountId(), body, role == null ? null : d.getAgencyCode(), role, now);
        repo.add(p);
        return p.getId();
    }

    @Audited("debate.reply")
    public long reply(@AuditTarget("post") long threadId, @NotNull String body, boolean official) {
        Post thread = repo.postForUpdate(threadId);
        Debate d = repo.get(thread.getDebateId());
        String role = role(d, official);
        Instant now = Instant.now(clock);
        if (role == null) {
            withinLimits(body, now);
        }
        Post p = Post.reply(d, thread, currentUser.accountId(), body, role == null ? null : d.getAgencyCode(), role, now);
        repo.add(p);
        return p.getId();
    }

    @Audited("debate.edit")
    public void edit(@AuditTarget("post") long postId, @NotNull String body) {
        Post p = repo.postForUpdate(postId);
        repo.add(p.edit(currentUser.accountId(), body, Instant.now(clock)));
    }

    @Audited("debate.delete")
    public void delete(@AuditTarget("post") long postId) {
        repo.postForUpdate(postId).delete(currentUser.accountId(), Instant.now(clock));
    }

    /** Agree ({@code true}) or disagree with a post, once per account (a second vote changes the first). */
    @Audited("debate.vote")
    public void vote(@AuditTarget("post") long postId, boolean agree) {
        Post p = repo.postForUpdate(postId);
        repo.get(p.getDebateId()).requireOpen(Instant.now(clock));
        Boolean before = repo.vote(postId, currentUser.accountId());
        if (before != null && before == agree) {
            return;
        }
        repo.setVote(postId, currentUser.accountId(), agree);
        p.voted(before, agree);
    }

    /** Refuses a post over the account's rate limits, or the same text as one of its recent posts. */
    private void withinLimits(String body, Instant now) {
        long me = currentUser.accountId();
        RateLimit minute = limits.postsPerMinute();
        minute.check(repo.postsSince(me, minute.since(now)));
        RateLimit day = limits.postsPerDay();
        day.check(repo.postsSince(me, day.since(now)));
        if (SameText.repeats(body, repo.bodiesSince(me, now.minus(limits.repeatWindow())))) {
            throw new Conflict("forum.limit.repeated", limits.repeatHours()).onField("body");
        }
    }

    private String role(Debate d, boolean official) {
        if (official) {
            return officialRole(d).orElseThrow(() -> new Forbidden("debate.official.notYourAgency"));
        }
        refusal(d).ifPresent(key -> {
            throw new Forbidden(key);
        });
        return null;
    }

    private Optional<String> refusal(Debate d) {
        ParticipantFacts.Facts me = facts.mine();
        return d.getAudience().refusal(me.verifiedResident(), me.region(), d.getRegion());
    }

    /** The caller's role if they are an officer or supervisor of the debate's agency. */
    private Optional<String> officialRole(Debate d) {
        String role = currentUser.hasRole(Roles.SUPERVISOR) ? Roles.SUPERVISOR
                : currentUser.hasRole(Roles.OFFICER) ? Roles.OFFICER : null;
        if (role == null) {
            return Optional.empty();
        }
        try {
            String agency = organisations.myDepartment().department().agencyCode();
            return agency.equals(d.getAgencyCode()) ? Optional.of(role) : Optional.empty();
        } catch (Forbidden noDepartment) {
            return Optional.empty();
        }
    }
}
