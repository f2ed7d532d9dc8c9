package org.madang.disclosure.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.disclosure.infrastructure.IndexRebuilder;
import org.madang.platform.audit.Audited;
import org.madang.platform.security.Roles;

/** The administrator rebuilds the search index (after switching backends, or rows loaded by SQL) and follows it. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SearchIndexAdministration {
    @Inject
    IndexRebuilder rebuilder;

    public record Status(long inDatabase, long indexed, boolean running, long lastRunDocuments,
                         double lastRunSeconds, double documentsPerSecond) {
    }

    /** Starts a rebuild in the background; false if one is already running. */
    @Audited("open.index.rebuild")
    public boolean rebuild() {
        return rebuilder.start();
    }

    public Status status() {
        long[] c = rebuilder.counts();
        IndexRebuilder.Run r = rebuilder.last();
        boolean running = r != null && r.seconds() < 0;
        return new Status(c[0], c[1], running, r == null ? 0 : r.documents(), r == null || running ? 0 : r.seconds(),
                r == null ? 0 : r.documentsPerSecond());
    }
}
