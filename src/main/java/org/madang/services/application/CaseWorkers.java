package org.madang.services.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views;
import org.madang.platform.security.CurrentUser;
import org.madang.services.domain.CaseActor;
import org.madang.services.domain.CaseOutsideDepartment;

import java.util.List;

/**
 * The officer calling, as the identity context knows them (department, name, supervisor or not),
 * asked once per request. Asked of identity rather than read from the session so that a
 * department change applies at once and every caller (page, API, test) is treated alike.
 */
@RequestScoped
public class CaseWorkers {
    @Inject
    OrganisationDirectory directory;
    @Inject
    CurrentUser currentUser;

    private OrganisationDirectory.MyDepartment department;
    private long askedFor;

    /** Asked again if the caller changed within the request (a test switching identities). */
    private OrganisationDirectory.MyDepartment department() {
        long me = currentUser.accountId();
        if (department == null || askedFor != me) {
            department = directory.myDepartment();
            askedFor = me;
        }
        return department;
    }

    /** The calling officer. */
    public CaseActor me() {
        long id = currentUser.accountId();
        OrganisationDirectory.MyDepartment d = department();
        String name = d.colleagues().stream().filter(c -> c.id() == id).map(Views.Colleague::name).findFirst()
                .orElseGet(currentUser::getDisplayName);
        return new CaseActor(id, name.isBlank() ? String.valueOf(id) : name, d.department().id(), d.iSupervise());
    }

    /** An officer of the caller's own department (whom a supervisor may give a case to). */
    public CaseActor colleague(long accountId) {
        OrganisationDirectory.MyDepartment d = department();
        return d.colleagues().stream().filter(c -> c.id() == accountId).findFirst()
                .map(c -> new CaseActor(c.id(), c.name(), d.department().id(), c.supervisor()))
                .orElseThrow(CaseOutsideDepartment::new);
    }

    public List<Views.Colleague> colleagues() {
        return department().colleagues();
    }

    public Views.DepartmentView myDepartment() {
        return department().department();
    }
}
