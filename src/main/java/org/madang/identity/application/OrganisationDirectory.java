package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.Agency;
import org.madang.identity.domain.Department;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Agencies and their departments: public to read, changed by administrators. */
@Stateless
public class OrganisationDirectory {
    @Inject
    AccountRepository repo;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    @PermitAll
    public List<Views.AgencyView> agencies() {
        return repo.agencies().stream().map(Views.AgencyView::of).toList();
    }

    @PermitAll
    public List<Views.DepartmentView> departments() {
        return repo.departments().stream().map(Views.DepartmentView::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("agency.create")
    public long createAgency(@NotBlank String code, @NotBlank @Size(max = 200) String nameKo,
                             @NotBlank @Size(max = 200) String nameEn, @NotNull Agency.Kind kind) {
        if (repo.findAgency(code.trim().toUpperCase(java.util.Locale.ROOT)).isPresent()) {
            throw new Conflict("identity.agency.codeTaken").onField("code");
        }
        Agency a = new Agency(code, nameKo, nameEn, kind, Instant.now(clock));
        repo.add(a);
        return a.getId();
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("agency.rename")
    public void renameAgency(@AuditTarget("agency") long agencyId, @NotBlank String nameKo, @NotBlank String nameEn) {
        repo.getAgency(agencyId).rename(nameKo, nameEn);
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("department.create")
    public long createDepartment(@AuditTarget("agency") long agencyId, @NotBlank String code,
                                 @NotBlank @Size(max = 200) String nameKo, @NotBlank @Size(max = 200) String nameEn) {
        Agency a = repo.getAgency(agencyId);
        if (repo.findDepartment(a.getCode(), code.trim().toUpperCase(java.util.Locale.ROOT)).isPresent()) {
            throw new Conflict("identity.department.codeTaken").onField("departmentCode");
        }
        Department d = new Department(a, code, nameKo, nameEn, Instant.now(clock));
        repo.add(d);
        return d.getId();
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("department.rename")
    public void renameDepartment(@AuditTarget("department") long departmentId, @NotBlank String nameKo,
                                 @NotBlank String nameEn) {
        repo.getDepartment(departmentId).rename(nameKo, nameEn);
    }

    /** The caller's own department and its people (official capacity: names and who supervises). */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public MyDepartment myDepartment() {
        Account me = repo.getAccount(currentUser.accountId());
        Department d = me.getDepartment();
        if (d == null) {
            throw new Forbidden("identity.officer.noDepartment");
        }
        List<Views.Colleague> people = repo.membersOf(d.getId()).stream()
                .map(a -> new Views.Colleague(a.getId(), a.getName(),
                        a.getSupervisedDepartment() != null && a.getSupervisedDepartment().getId().equals(d.getId())))
                .toList();
        return new MyDepartment(Views.DepartmentView.of(d), people,
                me.getSupervisedDepartment() != null && me.getSupervisedDepartment().getId().equals(d.getId()));
    }

    /** An officer's department as their home page shows it. */
    public record MyDepartment(Views.DepartmentView department, List<Views.Colleague> colleagues,
                               boolean iSupervise) implements Serializable {
    }
}
