package org.madang.privacy.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.privacy.PersonalDataAccess;
import org.madang.platform.privacy.PurposeReference;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.domain.DataRequest;
import org.madang.privacy.infrastructure.PrivacyRecords;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Requests to correct personal data the portal holds (PIPA art. 36). The person names the field and
 * what is wrong; an administrator, or a privacy officer of the portal's operating agency, decides
 * within the legal limit and the person is told. Deciders see a list without the person's words;
 * opening one to decide is logged for the person like any other read.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class CorrectionRequests {
    static final int LIST_MAX = 200;

    @Inject
    PrivacyRecords records;
    @Inject
    Readers readers;
    @Inject
    PrivacyNotices notices;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "MADANG_PRIVACY_ANSWER_DAYS", defaultValue = "10")
    int decideDays;

    @Audited("privacy.requestCorrection")
    public long request(@NotBlank String field, @NotBlank @Size(max = DataRequest.CHANGE_MAX) String change) {
        DataRequest r = records.add(DataRequest.correction(currentUser.accountId(), field, change, Instant.now(clock),
                Duration.ofDays(decideDays)));
        notices.correctionRequested(r, readers.privacyOfficers(readers.portalAgency()));
        return r.getId();
    }

    /** My correction and deletion requests, newest first. */
    @OwnDataOnly
    public List<PrivacyViews.RequestView> mine() {
        Instant now = Instant.now(clock);
        return records.requestsOf(currentUser.accountId()).stream().map(r -> PrivacyViews.RequestView.of(r, now))
                .toList();
    }

    /** Correction requests to decide: open ones first, soonest due first. */
    @RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
    public List<PrivacyViews.RequestSummary> toDecide() {
        requireDecider();
        Instant now = Instant.now(clock);
        return records.corrections(LIST_MAX).stream().map(r -> PrivacyViews.RequestSummary.of(r, now)).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
    @PersonalDataAccess(purpose = "privacy.purpose.decideCorrection", fields = {"correctionRequest"})
    public PrivacyViews.RequestView open(@PurposeReference long id) {
        requireDecider();
        return PrivacyViews.RequestView.of(correction(id), Instant.now(clock));
    }

    /** The correction was made in the record concerned; {@code note} tells the person what changed. */
    @RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
    @Audited("privacy.acceptCorrection")
    public void accept(@AuditTarget("request") long id, @NotBlank @Size(max = DataRequest.NOTE_MAX) String note) {
        requireDecider();
        DataRequest r = correction(id);
        r.accept(currentUser.actorId(), me(), note, Instant.now(clock));
        notices.correctionDecided(r);
    }

    /** Not corrected; {@code note} gives the reason. */
    @RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
    @Audited("privacy.rejectCorrection")
    public void reject(@AuditTarget("request") long id, @NotBlank @Size(max = DataRequest.NOTE_MAX) String note) {
        requireDecider();
        DataRequest r = correction(id);
        r.reject(currentUser.actorId(), me(), note, Instant.now(clock));
        notices.correctionDecided(r);
    }

    /** Administrators, and the privacy officers of the portal's operating agency (whose records these are). */
    @RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
    public boolean mayDecide() {
        return currentUser.hasRole(Roles.ADMIN) || readers.portalAgency()
                .equals(readers.agencyOfOfficer(currentUser.actorId(), currentUser.getDepartmentId()));
    }

    private String me() {
        return readers.nameOf(currentUser.actorId(), currentUser.getDisplayName());
    }

    private void requireDecider() {
        if (!mayDecide()) {
            throw new Forbidden("privacy.correction.notDecider");
        }
    }

    private DataRequest correction(long id) {
        DataRequest r = records.request(id);
        if (r.getKind() != DataRequest.Kind.CORRECTION) {
            throw new NotFound("privacy.correction.notFound"); // as for an unknown id
        }
        return r;
    }
}
