package org.madang.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.Business;
import org.madang.identity.domain.ResidentRegistry;
import org.madang.identity.domain.VerificationLevel;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.platform.security.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Government records the portal holds about a person or a business, read live for administrative
 * information sharing (행정정보 공동이용): the resident registration extract through the registry
 * port, and the business registration. Only officers read them, and only through the sharing
 * service of the case they work on, which checks the applicant's consent and writes the read to
 * the personal-data access log (so the results here are deliberately not typed as personal data:
 * one read, one log line, by the caller that shows it).
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class RegistryExtracts {
    @Inject
    AccountRepository accounts;
    @Inject
    ResidentRegistry registry;

    /** The registry's record of a verified resident; empty for an unverified account or no match. */
    public Optional<ResidentExtract> residentExtract(long accountId) {
        Account a = accounts.getAccount(accountId);
        if (a.getVerification() != VerificationLevel.VERIFIED_RESIDENT || a.getBirthDate() == null || a.getRegion() == null) {
            return Optional.empty();
        }
        return registry.lookUp(a.getName(), a.getBirthDate(), a.getRegion())
                .map(r -> new ResidentExtract(r.name(), r.birthDate(), r.region().name(), a.getVerifiedAt()));
    }

    /** The registration of a business, by its id. */
    public Optional<BusinessExtract> businessRegistration(long businessId) {
        return accounts.findBusiness(businessId)
                .map(b -> new BusinessExtract(b.getRegistrationNumber().toString(), b.getName(), b.getAddress(),
                        b.getCreatedAt()));
    }

    public record ResidentExtract(String name, LocalDate birthDate, String region, Instant verifiedAt) {
    }

    public record BusinessExtract(String registrationNumber, String name, String address, Instant registeredAt) {
    }
}
