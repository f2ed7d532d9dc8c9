package org.madang.forum.petition.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.madang.forum.debate.application.Moderators;
import org.madang.forum.debate.domain.ContentModeration;
import org.madang.forum.debate.domain.ModerationAction;
import org.madang.forum.debate.domain.ModerationEntry;
import org.madang.forum.debate.domain.ModerationRule;
import org.madang.forum.petition.application.PetitionViews.FlaggedPetition;
import org.madang.forum.petition.domain.Petition;
import org.madang.forum.petition.domain.PetitionStatus;
import org.madang.forum.petition.infrastructure.PetitionRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.platform.notification.Notice;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Petitions are moderated as debate posts are: anyone signed in flags a published petition once
 * under a published rule, and the third person's flag puts it under review (its text withheld,
 * supports paused); a MODERATOR of the agency it asks hides it under a rule with a reason, or
 * dismisses the flags; its author may appeal a hiding once and a moderator who did not hide it
 * decides. Every decision goes to the public moderation log.
 */
@Stateless
@RolesAllowed(Roles.MODERATOR)
public class PetitionModerating {
    public static final int NOTE_MAX = 1000;
    static final int QUEUE_MAX = 200;

    @Inject
    PetitionRepository repo;
    @Inject
    Moderators moderators;
    @Inject
    CurrentUser currentUser;
    @Inject
    Event<Notice> notices;
    @Inject
    Clock clock;

    @RolesAllowed(Roles.CITIZEN)
    @Audited("moderation.flagPetition")
    public void flag(@AuditTarget("petition") long petitionId, @NotNull ModerationRule rule, String note) {
        if (note != null && note.length() > NOTE_MAX) {
            throw new InvalidInput("moderation.textRequired", NOTE_MAX).onField("note");
        }
        Petition p = published(petitionId);
        Instant now = Instant.now(clock);
        if (!repo.addFlag(petitionId, currentUser.accountId(), rule.name(),
                note == null || note.isBlank() ? null : note.strip(), now)) {
            throw new Conflict("moderation.flag.already");
        }
        if (p.moderation().flagged(repo.openFlags(petitionId))) {
            repo.add(ModerationEntry.forPetition(petitionId, ModerationAction.UNDER_REVIEW, null, null, null, now));
        }
    }

    /** The author appeals the hiding of their petition, once. */
    @RolesAllowed(Roles.CITIZEN)
    @Audited("moderation.appealPetition")
    public void appeal(@AuditTarget("petition") long petitionId, @NotNull String text) {
        Petition p = published(petitionId);
        if (!p.isAuthor(currentUser.accountId())) {
            throw new Forbidden("moderation.appeal.notAuthor");
        }
        p.moderation().appeal(text, Instant.now(clock));
    }

    /** The agency's petitions with open flags or a pending appeal, oldest first, with their text for deciding. */
    public List<FlaggedPetition> queue() {
        return repo.flagged(moderators.agencyOfCaller(), QUEUE_MAX).stream().map(f -> FlaggedPetition.of(f.petition(),
                f.flags(), f.since())).toList();
    }

    @Audited("moderation.hidePetition")
    public void hide(@AuditTarget("petition") long petitionId, @NotNull ModerationRule rule, @NotNull String reason) {
        Petition p = ours(petitionId);
        long me = currentUser.accountId();
        p.moderation().hide(me, rule, reason);
        repo.add(ModerationEntry.forPetition(petitionId, ModerationAction.HIDDEN, rule, p.moderation().getHiddenReason(),
                me, Instant.now(clock)));
        repo.closeFlags(petitionId);
        tellAuthor(p, "moderation.notice.petitionHidden.body");
    }

    @Audited("moderation.dismissPetition")
    public void dismiss(@AuditTarget("petition") long petitionId, @NotNull String reason) {
        Petition p = ours(petitionId);
        String r = ContentModeration.reason(reason);
        p.moderation().dismiss();
        repo.add(ModerationEntry.forPetition(petitionId, ModerationAction.FLAGS_DISMISSED, null, r,
                currentUser.accountId(), Instant.now(clock)));
        repo.closeFlags(petitionId);
    }

    @Audited("moderation.decidePetitionAppeal")
    public void decideAppeal(@AuditTarget("petition") long petitionId, boolean restore, @NotNull String reason) {
        Petition p = ours(petitionId);
        String r = ContentModeration.reason(reason);
        long me = currentUser.accountId();
        ModerationAction outcome = p.moderation().decideAppeal(me, restore);
        repo.add(ModerationEntry.forPetition(petitionId, outcome, p.moderation().getHiddenRule(), r, me,
                Instant.now(clock)));
        tellAuthor(p, restore ? "moderation.notice.petitionRestored.body" : "moderation.notice.petitionUpheld.body");
    }

    private Petition published(long id) {
        Petition p = repo.getForUpdate(id);
        if (p.getStatus() != PetitionStatus.PUBLISHED) {
            throw new NotFound("petition.notFound");
        }
        return p;
    }

    /** A petition asking the moderator's own agency; another agency's is "not found". */
    private Petition ours(long id) {
        Petition p = published(id);
        if (!p.getAgencyCode().equals(moderators.agencyOfCaller())) {
            throw new NotFound("petition.notFound");
        }
        return p;
    }

    private void tellAuthor(Petition p, String body) {
        if (p.getAuthorAccountId() != null) {
            notices.fire(new Notice(p.getAuthorAccountId(), "moderation.notice.petition.subject", body,
                    List.of(String.valueOf(p.getId())), "/my/forum/appeal.xhtml?petition=" + p.getId(), "forum"));
        }
    }
}
