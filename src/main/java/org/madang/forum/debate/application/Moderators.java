package org.madang.forum.debate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.platform.error.Forbidden;

/**
 * Whose debates and petitions the calling moderator moderates: their department's agency. The
 * MODERATOR role is granted to an officer (it needs a department), so the agency is always known.
 */
@ApplicationScoped
public class Moderators {
    @Inject
    OrganisationDirectory organisations;

    public String agencyOfCaller() {
        try {
            return organisations.myDepartment().department().agencyCode();
        } catch (Forbidden noDepartment) {
            throw new Forbidden("petition.officer.noDepartment");
        }
    }
}
