package org.madang.disclosure.request.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.madang.disclosure.request.domain.RequestOfficer;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views;
import org.madang.platform.security.CurrentUser;

/**
 * The officer calling, as the identity context knows them now (department, name, supervisor or
 * not), asked once per request and again if the caller changed within it.
 */
@RequestScoped
public class RequestOfficers {
    @Inject
    OrganisationDirectory directory;
    @Inject
    CurrentUser currentUser;

    private OrganisationDirectory.MyDepartment department;
    private long askedFor;

    OrganisationDirectory.MyDepartment department() {
        long me = currentUser.accountId();
        if (department == null || askedFor != me) {
            department = directory.myDepartment();
            askedFor = me;
        }
        return department;
    }

    public RequestOfficer me() {
        long id = currentUser.accountId();
        OrganisationDirectory.MyDepartment d = department();
        String name = d.colleagues().stream().filter(c -> c.id() == id).map(Views.Colleague::name).findFirst()
                .orElseGet(currentUser::getDisplayName);
        return new RequestOfficer(id, name == null || name.isBlank() ? String.valueOf(id) : name,
                d.department().id(), d.iSupervise());
    }
}
