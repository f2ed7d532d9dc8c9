package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.AccountStatus;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.VerificationLevel;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.privacy.PersonalData;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

    @OwnDataOnly
    public Facts mine() {
        Account a = accounts.getAccount(currentUser.accountId());
        return new Facts(a.getId(), a.getStatus() == AccountStatus.ACTIVE
                && a.getVerification() == VerificationLevel.VERIFIED_RESIDENT, a.getRegion().name(), a.getBirthDate());
    }

    /** The region names identity stores (Region enum names), for set-up forms. */
    @PermitAll
    public List<String> regionNames() {
        return Arrays.stream(Region.values()).map(Region::name).toList();
    }

    /** Whether the caller is an active verified resident, their region name and birth date. */
    public record Facts(long accountId, boolean verifiedResident, String region, LocalDate birthDate)
            implements PersonalData {
        @Override
        public long dataSubjectId() {
            return accountId;
        }
    }
}
