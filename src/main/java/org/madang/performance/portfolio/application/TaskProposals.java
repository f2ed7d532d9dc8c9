package org.madang.performance.portfolio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.AgencyView;
import org.madang.identity.application.Views.DepartmentView;
import org.madang.performance.portfolio.application.TaskViews.Choice;
import org.madang.performance.portfolio.application.TaskViews.FormChoices;
import org.madang.performance.portfolio.application.TaskViews.Name;
import org.madang.performance.portfolio.application.TaskViews.OfficeRow;
import org.madang.performance.portfolio.application.TaskViews.SimilarTask;
import org.madang.performance.portfolio.application.TaskViews.TaskPage;
import org.madang.performance.portfolio.domain.PlanContent;
import org.madang.performance.portfolio.domain.PortfolioTask;
import org.madang.performance.portfolio.domain.TaskType;
import org.madang.performance.portfolio.infrastructure.TaskRepository;
import org.madang.performance.portfolio.infrastructure.TaskSearch;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.notification.Notice;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.services.application.Catalogue;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Proposing and changing tasks (a department's supervisor, for their agency) and approving them
 * (the committee: ADMIN). The overlap check runs again on every proposal, whatever the page showed.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class TaskProposals {
    static final int SIMILAR_SHOWN = 5;

    @Inject
    TaskRepository tasks;
    @Inject
    TaskSearch search;
    @Inject
    PortfolioReadModel read;
    @Inject
    OrganisationDirectory directory;
    @Inject
    Catalogue catalogue;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    Event<Notice> notices;

    public FormChoices choices() {
        List<Choice> agencies = directory.agencies().stream()
                .map(a -> new Choice(a.code(), new Name(a.nameKo(), a.nameEn()))).toList();
        List<Choice> services = catalogue.all().stream()
                .sorted(Comparator.comparing(org.madang.services.application.ServiceView::nameKo))
                .map(s -> new Choice(s.code(), new Name(s.nameKo(), s.nameEn()))).toList();
        return new FormChoices(agencies, services);
    }

    /** Other agencies' tasks near this title and these goals, best first. */
    public List<SimilarTask> similar(String title, String goals, Long except) {
        List<Long> ids = search.similar(title, goals, myAgency(), except, SIMILAR_SHOWN);
        return read.similar(ids, read.agencies());
    }

    /** A new task of the supervisor's agency, its first version awaiting approval. */
    @Audited("performance.task.propose")
    public long propose(@NotNull TaskType type, @NotNull PlanContent content, String difference) {
        String agency = myAgency();
        List<Long> similar = search.similar(content.title(), content.goals(), agency, null, SIMILAR_SHOWN);
        PortfolioTask t = new PortfolioTask(type, agency, user.accountId(), content, similar, difference,
                clock.instant());
        return tasks.add(t).getId();
    }

    /** The version awaiting approval, changed; an approved version refuses (frozen). */
    @Audited("performance.task.change")
    public void changeProposal(@AuditTarget("task") long id, @NotNull PlanContent content, String difference) {
        PortfolioTask t = ours(id);
        List<Long> similar = search.similar(content.title(), content.goals(), t.getLeadAgency(), id, SIMILAR_SHOWN);
        t.changeProposal(content, similar, difference);
    }

    /** A new version of an approved plan, with the reason; it waits for the committee's approval. */
    @Audited("performance.task.revise")
    public void revise(@AuditTarget("task") long id, @NotNull PlanContent content, String reason) {
        ours(id).revise(content, reason, clock.instant());
    }

    /** The plan to start the form from: the latest version. */
    public Editing editing(long id) {
        PortfolioTask t = ours(id);
        return new Editing(t.getId(), t.getType(), t.latest().getNumber(), t.latest().getStatus().frozen(),
                t.latest().content());
    }

    public record Editing(long id, TaskType type, int number, boolean frozen, PlanContent content)
            implements java.io.Serializable {
    }

    /** The supervisor's agency's tasks. */
    public List<OfficeRow> mine() {
        return rows(tasks.byAgency(myAgency()));
    }

    @RolesAllowed(Roles.ADMIN)
    public List<OfficeRow> pending() {
        return rows(tasks.all().stream().filter(PortfolioTask::awaitingApproval).toList());
    }

    /** Every task, for the committee's evaluation list. */
    @RolesAllowed(Roles.ADMIN)
    public List<OfficeRow> all() {
        return rows(tasks.all());
    }

    /** The committee's view of a task, the version awaiting approval included (with the overlap answer). */
    @RolesAllowed(Roles.ADMIN)
    public TaskPage review(long id) {
        return read.page(task(id), true);
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("performance.task.approve")
    public void approve(@AuditTarget("task") long id) {
        tasks.lock(id).orElseThrow(() -> new NotFound("performance.task.notFound")).approve(clock.instant());
    }

    /** The committee refuses the version awaiting approval, with its reason; the proposer is told. */
    @RolesAllowed(Roles.ADMIN)
    @Audited("performance.task.reject")
    public void reject(@AuditTarget("task") long id, @Size(max = 2000) String reason) {
        PortfolioTask t = tasks.lock(id).orElseThrow(() -> new NotFound("performance.task.notFound"));
        t.reject(reason, clock.instant());
        if (t.getProposedBy() != null) {
            notices.fire(new Notice(t.getProposedBy(), "performance.task.rejected.subject",
                    "performance.task.rejected.body", List.of(t.getTitle(), t.latest().getRejectionReason()),
                    "/office/performance/tasks/propose.xhtml?id=" + id, "performance"));
        }
    }

    private List<OfficeRow> rows(List<PortfolioTask> list) {
        Map<String, AgencyView> agencies = read.agencies();
        return list.stream().map(t -> new OfficeRow(t.getId(), t.getType(), PortfolioReadModel.title(t.latest()),
                PortfolioReadModel.agency(agencies, t.getLeadAgency()), t.latest().getNumber(),
                t.latest().getStatus(), t.latest().getProposedAt())).toList();
    }

    private PortfolioTask task(long id) {
        return tasks.find(id).orElseThrow(() -> new NotFound("performance.task.notFound"));
    }

    /** A task of the supervisor's own agency; another agency's is refused. */
    private PortfolioTask ours(long id) {
        PortfolioTask t = task(id);
        if (!t.getLeadAgency().equals(myAgency())) {
            throw new Forbidden("performance.task.notYours");
        }
        return t;
    }

    private String myAgency() {
        Long department = user.getDepartmentId();
        return directory.departments().stream().filter(d -> department != null && d.id() == department)
                .map(DepartmentView::agencyCode).findFirst()
                .orElseThrow(() -> new Forbidden("performance.task.noDepartment"));
    }
}
