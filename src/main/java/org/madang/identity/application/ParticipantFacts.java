package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.Region;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.ResidentIdentityRepository;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.privacy.PersonalData;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The facts that decide whether the caller may take part in a poll or budget (verification level,
 * region, birth date), in plain types so other contexts need not know identity's domain. Only
 * ever about the caller themself.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class ParticipantFacts {
    @Inject
    AccountRepository accounts;
    @Inject
    CurrentUser currentUser;
    @Inject
    ResidentIdentityRepository identities;

    @OwnDataOnly
    public Facts mine() {
        Account a = accounts.getAccount(currentUser.accountId());
        UUID residentKey = identities.residentKeyOf(a).orElse(null);
        return new Facts(a.getId(), residentKey != null, residentKey, a.getRegion().name(), a.getBirthDate());
    }

    /** The region names identity stores (Region enum names), for set-up forms. */
    @PermitAll
    public List<String> regionNames() {
        return Arrays.stream(Region.values()).map(Region::name).toList();
    }

    /**
     * Whether the caller is an active verified resident, their resident key (what "once only" is
     * keyed on, see {@link ResidentKeys}; null if not verified), region name and birth date.
     */
    public record Facts(long accountId, boolean verifiedResident, UUID residentKey, String region, LocalDate birthDate)
            implements PersonalData {
        @Override
        public long dataSubjectId() {
            return accountId;
        }
    }
}
