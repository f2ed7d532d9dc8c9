package org.madang.forum.petition.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.madang.forum.petition.application.PetitionViews.Obligation;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.forum.petition.domain.Milestone;
import org.madang.forum.petition.domain.Outcome;
import org.madang.forum.petition.domain.Petition;
import org.madang.forum.petition.infrastructure.PetitionRepository;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.DepartmentView;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.notification.Notice;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The agency's side: its queue of answers owed (threshold reached, with the deadline's clock), the
 * public answer, the outcome and, for an accepted petition, milestones until it is done. Any
 * officer of the agency the petition asks may act; another agency's petition is "not found".
 * Every supporter is told of the answer, the decision and the completion.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class PetitionAnswering {
    @Inject
    PetitionRepository repo;
    @Inject
    OrganisationDirectory organisations;
    @Inject
    ForumAgencies agencies;
    @Inject
    PetitionCatalogue catalogue;
    @Inject
    CurrentUser currentUser;
    @Inject
    Event<Notice> notices;
    @Inject
    Clock clock;

    /** The caller's agency: code and names. */
    public ForumAgencies.AgencyName myAgency() {
        return agencies.nameOf(myDepartment().agencyCode());
    }

    /** Answers owed or outcomes still open at the caller's agency: unanswered first, earliest deadline first. */
    public List<Obligation> obligations() {
        Instant now = Instant.now(clock);
        return repo.obligations(myDepartment().agencyCode()).stream().map(p -> Obligation.of(p, now)).toList();
    }

    /** A petition of the caller's agency as its own officers see it; another agency's is "not found". */
    public PetitionView get(long id) {
        PetitionView v = catalogue.get(id);
        if (!v.agency().code().equals(myDepartment().agencyCode())) {
            throw new NotFound("petition.notFound");
        }
        return v;
    }

    @Audited("petition.answer")
    public void answer(@AuditTarget("petition") long id, @NotNull String text) {
        DepartmentView d = myDepartment();
        Petition p = ours(id, d);
        p.answer(text, currentUser.accountId(), d.id(), Instant.now(clock));
        tellSupporters(p, "petition.notice.answered.subject", "petition.notice.answered.body");
    }

    @Audited("petition.decide")
    public void decide(@AuditTarget("petition") long id, @NotNull Outcome outcome, String reason) {
        Petition p = ours(id, myDepartment());
        p.decide(outcome, reason, Instant.now(clock));
        tellSupporters(p, "petition.notice.decided.subject",
                outcome == Outcome.ACCEPTED ? "petition.notice.accepted.body" : "petition.notice.declined.body");
    }

    @Audited("petition.milestone")
    public void addMilestone(@AuditTarget("petition") long id, @NotNull String text) {
        Petition p = ours(id, myDepartment());
        repo.add(new Milestone(p, text, currentUser.accountId(), Instant.now(clock)));
    }

    @Audited("petition.done")
    public void markDone(@AuditTarget("petition") long id) {
        Petition p = ours(id, myDepartment());
        p.markDone(Instant.now(clock));
        tellSupporters(p, "petition.notice.done.subject", "petition.notice.done.body");
    }

    private Petition ours(long id, DepartmentView d) {
        Petition p = repo.getForUpdate(id);
        if (!p.getAgencyCode().equals(d.agencyCode())) {
            throw new NotFound("petition.notFound");
        }
        return p;
    }

    private DepartmentView myDepartment() {
        try {
            return organisations.myDepartment().department();
        } catch (Forbidden noDepartment) {
            throw new Forbidden("petition.officer.noDepartment");
        }
    }

    private void tellSupporters(Petition p, String subjectKey, String bodyKey) {
        for (Long account : repo.supporterAccounts(p.getId())) {
            notices.fire(new Notice(account, subjectKey, bodyKey, List.of(p.getTitle()),
                    PetitionPages.PETITION + p.getId(), "petition"));
        }
    }
}
