package org.madang.knowledge.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.domain.ArticleStatus;
import org.madang.knowledge.domain.KnowledgeOfficer;
import org.madang.knowledge.domain.Visibility;
import org.madang.knowledge.infrastructure.ArticleRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.AuditableAction;
import org.madang.platform.audit.Audited;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;

/**
 * A department's supervisor approves: publishes the latest version for the department, the whole
 * government or the public (after the personal-data check), and withdraws. Publishing an article
 * that replaces another marks that one superseded, audited on its own line.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class ArticlePublishing {
    @Inject
    ArticleRepository repo;
    @Inject
    KnowledgeOfficers officers;
    @Inject
    CurrentUser currentUser;
    @Inject
    Event<AuditableAction> audit;
    @Inject
    Clock clock;

    @Audited("knowledge.publish")
    public void publish(@AuditTarget("knowledge") long id, Visibility visibility) {
        KnowledgeOfficer me = officers.me();
        Instant now = Instant.now(clock);
        Article a = repo.get(id);
        a.publish(visibility, me, now);
        repo.changed(a);
        if (a.getSupersedesId() != null) {
            Article old = repo.get(a.getSupersedesId());
            if (old.getStatus() == ArticleStatus.PUBLISHED) {
                old.supersededBy(a, now);
                repo.changed(old);
                audit.fire(new AuditableAction(currentUser.actorId(), currentUser.actingRole(Roles.SUPERVISOR),
                        "knowledge.supersede", "knowledge:" + old.getId(), AuditableAction.SUCCESS, now));
            }
        }
    }

    @Audited("knowledge.withdraw")
    public void withdraw(@AuditTarget("knowledge") long id, @Size(max = 1000) String reason) {
        Article a = repo.get(id);
        a.withdraw(reason, officers.me(), Instant.now(clock));
        repo.changed(a);
    }
}
