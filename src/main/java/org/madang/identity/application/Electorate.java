package org.madang.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.domain.AccountStatus;
import org.madang.identity.domain.Region;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.ResidentIdentityRepository;
import org.madang.platform.privacy.PersonalData;
import org.madang.platform.privacy.PersonalDataAccess;
import org.madang.platform.security.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who may vote, for the voting context: the ids of accounts that meet an eligibility rule, and
 * nothing else about them. Only account ids leave this service (the election administrator never
 * sees who is on the roll); voting reaches the voters through notices.
 */
@Stateless
@RolesAllowed(Roles.ELECTION_ADMIN)
public class Electorate {
    @Inject
    AccountRepository accounts;
    @Inject
    ResidentIdentityRepository identities;

    /**
     * Active verified residents, of {@code region} (a {@link Region} name) if not null, born on or
     * before {@code pollingDay} minus {@code minAge} years if {@code minAge} is not null.
     */
    public List<Long> verifiedResidents(String region, Integer minAge, LocalDate pollingDay) {
        return identities.verifiedResidentAccounts(region == null ? null : Region.valueOf(region),
                minAge == null ? null : pollingDay.minusYears(minAge));
    }

    /**
     * The active accounts registered with these e-mails, each once and one per verified resident
     * (two addresses of one person give one line); {@code unknown} receives the addresses without one.
     */
    public List<Long> accountsOf(List<String> emails, List<String> unknown) {
        List<Long> ids = new ArrayList<>();
        java.util.Set<java.util.UUID> residents = new java.util.HashSet<>();
        for (String e : emails) {
            var a = accounts.findByEmail(e.toLowerCase(Locale.ROOT)).filter(x -> x.getStatus() == AccountStatus.ACTIVE);
            if (a.isPresent()) {
                var resident = identities.residentKeyOf(a.get());
                if (ids.contains(a.get().getId()) || resident.isPresent() && !residents.add(resident.get())) {
                    continue;
                }
                ids.add(a.get().getId());
            } else {
                unknown.add(e);
            }
        }
        return ids;
    }

    /**
     * The account id and display name of the person registered with {@code email}, for naming a
     * trustee (the name is shown with the election): the read is logged in the person's access log.
     */
    @PersonalDataAccess(purpose = "purpose.voting.trustee", fields = {"name"})
    public java.util.Optional<Person> person(String email) {
        return accounts.findByEmail(email).filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .map(a -> new Person(a.getId(), a.getName()));
    }

    /** An account id with the display name shown in the list of trustees. */
    public record Person(long accountId, String name) implements PersonalData {
        @Override
        public long dataSubjectId() {
            return accountId;
        }
    }
}
