package org.madang.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.privacy.domain.AccessLogEntry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who stands behind an access-log entry, in names: the agency and department of the reader (through
 * the {@link ActorDirectory} port), and which agency must answer for the read. A reader with no
 * department is a portal administrator; the portal's operating agency answers for them
 * ({@code MADANG_PORTAL_AGENCY}, the Ministry of the Interior and Safety by default), and also for
 * any agency that has no privacy officer of its own, so that no question is ever left unrouted.
 */
@ApplicationScoped
public class Readers {
    @Inject
    Instance<ActorDirectory> directories;
    @Inject
    @ConfigProperty(name = "MADANG_PORTAL_AGENCY", defaultValue = "MOIS")
    String portalAgency;

    public String portalAgency() {
        return portalAgency;
    }

    /** The reader's unit, or the portal operator (department null) for a portal administrator. */
    public ActorDirectory.Unit unitOf(Long departmentId) {
        Optional<ActorDirectory.Unit> unit = departmentId == null ? Optional.empty()
                : directory().flatMap(d -> d.department(departmentId));
        return unit.orElseGet(this::portalUnit);
    }

    /** The same as {@link #unitOf}, remembering answers for the length of one listing. */
    public ActorDirectory.Unit unitOf(Long departmentId, Map<Long, ActorDirectory.Unit> memo) {
        if (departmentId == null) {
            return unitOf(null);
        }
        return memo.computeIfAbsent(departmentId, this::unitOf);
    }

    public Map<Long, ActorDirectory.Unit> memo() {
        return new HashMap<>();
    }

    public ActorDirectory.Unit portalUnit() {
        return agency(portalAgency);
    }

    public ActorDirectory.Unit agency(String code) {
        return directory().flatMap(d -> d.agency(code))
                .orElseGet(() -> new ActorDirectory.Unit(code, code, code, null, null, null));
    }

    /** The reader's department: as recorded, else their department now (older entries may lack it). */
    public Long departmentOf(AccessLogEntry e) {
        if (e.getActorDepartmentId() != null) {
            return e.getActorDepartmentId();
        }
        return directory().flatMap(d -> d.actor(e.getActor())).map(ActorDirectory.Actor::departmentId).orElse(null);
    }

    /** The agency whose privacy officers answer for this read. */
    public String answeringAgency(AccessLogEntry e) {
        String agency = unitOf(departmentOf(e)).agencyCode();
        return privacyOfficers(agency).isEmpty() ? portalAgency : agency;
    }

    public List<Long> privacyOfficers(String agencyCode) {
        return directory().map(d -> d.privacyOfficers(agencyCode)).orElse(List.of());
    }

    /** The agency a privacy officer answers for, from their department; the portal's if none. */
    public String agencyOfOfficer(String actorId, Long departmentId) {
        Long dept = departmentId != null ? departmentId
                : directory().flatMap(d -> d.actor(actorId)).map(ActorDirectory.Actor::departmentId).orElse(null);
        return unitOf(dept).agencyCode();
    }

    /** One read of a citizen's data in names, as the citizen is shown it. */
    public PrivacyViews.AccessView accessView(AccessLogEntry e, Map<Long, ActorDirectory.Unit> memo,
                                              Long openQuestionId) {
        // the department recorded at the time of the read, as the agency filter uses it
        ActorDirectory.Unit unit = unitOf(e.getActorDepartmentId(), memo);
        // a reader signed in without their display name recorded shows under their current name
        String name = e.getActorName().isBlank() || e.getActorName().equals(e.getActor())
                ? currentName(e.getActor()).orElse(e.getActorName()) : e.getActorName();
        return PrivacyViews.AccessView.of(e, PrivacyViews.Reader.of(unit, name, e.getActorRole()), openQuestionId);
    }

    /** A caller's name for a record: as their sign-in gave it, else their current name in the directory. */
    public String nameOf(String actorId, String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.equals(actorId)) {
            return currentName(actorId).orElse(displayName == null ? "" : displayName);
        }
        return displayName;
    }

    public Optional<String> currentName(String actorId) {
        return directory().flatMap(d -> d.actor(actorId)).map(ActorDirectory.Actor::name);
    }

    private Optional<ActorDirectory> directory() {
        return directories.stream().findFirst();
    }
}
