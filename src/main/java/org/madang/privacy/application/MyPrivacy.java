package org.madang.privacy.application;

import org.madang.platform.persistence.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.NotFound;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.domain.AccessLogEntry;
import org.madang.privacy.domain.AccessQuestion;
import org.madang.privacy.domain.PrivacyPreference;
import org.madang.privacy.infrastructure.PrivacyRecords;
import org.madang.privacy.domain.SubjectAccessFilter;
import org.madang.privacy.infrastructure.SubjectAccesses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Who looked at my data": the caller's own reads, in names, as soon as they are logged; reads
 * under an embargo only as a count; and the choice to be alerted. Every account holds CITIZEN (it
 * cannot be revoked), so the role admits every signed-in person, and each method acts on the
 * caller's own data only.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
@OwnDataOnly
public class MyPrivacy {
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    SubjectAccesses accesses;
    @Inject
    PrivacyRecords records;
    @Inject
    Readers readers;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    /**
     * One page of the reads of my data, newest first. {@code agency} is an agency code, "-" for
     * portal administrators, or null for all.
     */
    public ResultPage<PrivacyViews.AccessView> whoReadMyData(Instant from, Instant until, String agency, int first,
                                                             int size) {
        if (first < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page out of range: first=" + first + ", size=" + size);
        }
        long me = currentUser.accountId();
        Instant now = Instant.now(clock);
        SubjectAccessFilter filter = filter(me, from, until, agency, now);
        Map<Long, ActorDirectory.Unit> memo = readers.memo();
        Map<Long, Long> open = openQuestionsBySequence(me);
        List<PrivacyViews.AccessView> rows = accesses.visible(filter, now, first, size).stream()
                .map(e -> readers.accessView(e, memo, open.get(e.getSequence()))).toList();
        return new ResultPage<>(rows, accesses.countVisible(filter, now), first, size);
    }

    /** How many reads of my data are withheld for an investigation now (their details come later). */
    public long embargoedCount() {
        return accesses.countEmbargoed(currentUser.accountId(), Instant.now(clock));
    }

    /** The agencies whose people read my data, for the filter. */
    public List<PrivacyViews.AgencyOption> agenciesThatReadMyData() {
        Map<String, PrivacyViews.AgencyOption> options = new HashMap<>();
        for (Long dept : accesses.departmentsSeen(currentUser.accountId(), Instant.now(clock))) {
            if (dept == null) {
                ActorDirectory.Unit portal = readers.portalUnit();
                options.put(PrivacyViews.AgencyOption.PORTAL, new PrivacyViews.AgencyOption(portal.agencyCode(),
                        portal.agencyNameKo(), portal.agencyNameEn(), true));
            } else {
                ActorDirectory.Unit u = readers.unitOf(dept);
                options.putIfAbsent(u.agencyCode(),
                        new PrivacyViews.AgencyOption(u.agencyCode(), u.agencyNameKo(), u.agencyNameEn(), false));
            }
        }
        List<PrivacyViews.AgencyOption> list = new ArrayList<>(options.values());
        list.sort(Comparator.comparing(PrivacyViews.AgencyOption::portalAdministration)
                .thenComparing(PrivacyViews.AgencyOption::nameKo));
        return list;
    }

    /** One read of my data (for "ask why"); not found if it is not mine or is withheld. */
    public PrivacyViews.AccessView myAccess(long sequence) {
        long me = currentUser.accountId();
        AccessLogEntry e = accesses.visibleEntry(me, sequence, Instant.now(clock))
                .orElseThrow(() -> new NotFound("privacy.access.notFound"));
        Long open = records.openQuestion(me, sequence).map(AccessQuestion::getId).orElse(null);
        return readers.accessView(e, readers.memo(), open);
    }

    public boolean alertsOn() {
        return records.preference(currentUser.accountId()).map(PrivacyPreference::isAlertOnRead).orElse(false);
    }

    /** Turns the alert on reads outside my own applications on or off. */
    @Audited("privacy.alerts")
    public void alertOnRead(boolean on) {
        long me = currentUser.accountId();
        Instant now = Instant.now(clock);
        PrivacyPreference p = records.preference(me).orElseGet(() -> records.add(new PrivacyPreference(me, now)));
        p.alertOnRead(on, now);
    }

    private Map<Long, Long> openQuestionsBySequence(long me) {
        return records.questionsOf(me).stream().filter(q -> q.getStatus() == AccessQuestion.Status.OPEN)
                .collect(Collectors.toMap(AccessQuestion::getAccessSequence, AccessQuestion::getId, (a, b) -> a));
    }

    /** Turns an agency choice into the departments of it that appear in my log (none: "-", portal administrators). */
    private SubjectAccessFilter filter(long me, Instant from, Instant until, String agency, Instant now) {
        if (agency == null || agency.isBlank()) {
            return new SubjectAccessFilter(me, from, until, null, false);
        }
        if (PrivacyViews.AgencyOption.PORTAL.equals(agency)) {
            return new SubjectAccessFilter(me, from, until, Set.of(), true);
        }
        Set<Long> departments = new HashSet<>();
        for (Long dept : accesses.departmentsSeen(me, now)) {
            if (dept != null && agency.equals(readers.unitOf(dept).agencyCode())) {
                departments.add(dept);
            }
        }
        return new SubjectAccessFilter(me, from, until, departments, false);
    }
}
