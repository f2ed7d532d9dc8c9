package org.madang.knowledge.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views;
import org.madang.knowledge.domain.KnowledgeOfficer;
import org.madang.platform.security.CurrentUser;

/**
 * The calling officer as identity knows them (department, agency, supervisor or not), asked once
 * per request and again if the caller changes within it (a test switching identities).
 */
@RequestScoped
public class KnowledgeOfficers {
    @Inject
    OrganisationDirectory directory;
    @Inject
    CurrentUser currentUser;

    private KnowledgeOfficer me;

    public KnowledgeOfficer me() {
        long id = currentUser.accountId();
        if (me == null || me.accountId() != id) {
            OrganisationDirectory.MyDepartment d = directory.myDepartment();
            String name = d.colleagues().stream().filter(c -> c.id() == id).map(Views.Colleague::name).findFirst()
                    .orElseGet(currentUser::getDisplayName);
            me = new KnowledgeOfficer(id, name.isBlank() ? String.valueOf(id) : name, d.department().id(),
                    d.department().agencyCode(), d.iSupervise());
        }
        return me;
    }
}
