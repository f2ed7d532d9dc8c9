package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.domain.Agency;
import org.madang.identity.domain.Department;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.ActorDirectory;

import java.util.List;
import java.util.Optional;

/**
 * Identity's side of privacy's {@link ActorDirectory} port: the names of agencies, departments and
 * readers in the access log, and who the privacy officers of an agency are. Official capacity only
 * (an officer's name and workplace), so it is open to every caller, like the public directory.
 */
@Stateless
@Local(ActorDirectory.class)
@PermitAll
public class IdentityActorDirectory implements ActorDirectory {
    @Inject
    AccountRepository repo;

    @Override
    public Optional<Unit> department(long departmentId) {
        return repo.findDepartment(departmentId).map(IdentityActorDirectory::unit);
    }

    @Override
    public Optional<Unit> agency(String agencyCode) {
        return repo.findAgency(agencyCode)
                .map(a -> new Unit(a.getCode(), a.getNameKo(), a.getNameEn(), null, null, null));
    }

    @Override
    public Optional<Actor> actor(String actorId) {
        long id;
        try {
            id = Long.parseLong(actorId);
        } catch (NumberFormatException anonymousOrSystem) {
            return Optional.empty();
        }
        return repo.findAccount(id).map(a -> new Actor(actorId, a.getName(),
                a.getDepartment() == null ? null : a.getDepartment().getId()));
    }

    @Override
    public List<Long> privacyOfficers(String agencyCode) {
        return repo.activeHoldersOf(Roles.PRIVACY_OFFICER, agencyCode);
    }

    private static Unit unit(Department d) {
        Agency a = d.getAgency();
        return new Unit(a.getCode(), a.getNameKo(), a.getNameEn(), d.getId(), d.getNameKo(), d.getNameEn());
    }
}
