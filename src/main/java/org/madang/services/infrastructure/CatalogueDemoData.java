package org.madang.services.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views;
import org.madang.platform.persistence.DemoDataRequested;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Loads the demo catalogue in the demo configuration. Idempotent per service code, so a restart
 * adds only services that are new in the code. Departments are resolved by agency and department
 * code through identity's public directory (the services context never reads identity's tables).
 */
@Stateless
public class CatalogueDemoData {
    private static final Logger LOG = Logger.getLogger(CatalogueDemoData.class.getName());

    @Inject
    CatalogueRepository repository;
    @Inject
    OrganisationDirectory directory;
    @Inject
    Clock clock;

    public void load(@Observes DemoDataRequested event) {
        Map<String, Long> departments = directory.departments().stream()
                .collect(Collectors.toMap(d -> key(d.agencyCode(), d.code()), Views.DepartmentView::id,
                        (a, b) -> a));
        Instant now = Instant.now(clock);
        int added = 0;
        for (DemoService s : DemoCatalogue.services()) {
            if (repository.findByCode(s.code).isPresent()) {
                continue;
            }
            Long departmentId = departments.get(key(s.agencyCode, s.departmentCode));
            if (departmentId == null) {
                // a demo service routed nowhere would swallow applications: leave it out, loudly
                LOG.log(Level.SEVERE, "demo service {0}: no department {1}/{2}",
                        new Object[]{s.code, s.agencyCode, s.departmentCode});
                continue;
            }
            repository.add(s.build(departmentId, now));
            added++;
        }
        if (added > 0) {
            LOG.info("services demo catalogue loaded: " + added + " services");
        }
    }

    static String key(String agency, String department) {
        return agency + "/" + department;
    }

}
