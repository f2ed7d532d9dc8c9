package org.madang.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.Department;
import org.madang.identity.domain.Mandate;
import org.madang.identity.domain.VerificationChange;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExporter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Identity's part of "download my data": the account as stored, its verification history and its
 * business mandates. The password hash is left out (it is no information about the person, and a
 * copy in a download folder would only help an attacker); the resident registration number is
 * never stored, so there is none to give.
 */
@Stateless
@Local(PersonalDataExporter.class)
@RolesAllowed(Roles.CITIZEN)
public class IdentityDataExporter implements PersonalDataExporter {
    static final String LABELS = "privacy.export.field.";

    @Inject
    AccountRepository repo;
    @Inject
    CurrentUser currentUser;

    @Override
    public List<ExportSection> export(long accountId) {
        PersonalDataExporter.requireHolder(currentUser.accountId(), accountId);
        Account a = repo.getAccount(accountId);
        return List.of(account(a), verification(a), mandates(accountId));
    }

    private static ExportSection account(Account a) {
        Map<String, Object> r = ExportSection.record()
                .put("accountNumber", a.getId())
                .put("name", a.getName())
                .put("email", a.getEmail())
                .put("birthDate", a.getBirthDate())
                .put("region", a.getRegion().name())
                .put("language", a.getLanguage())
                .put("verification", a.getVerification().name())
                .put("verifiedAt", a.getVerifiedAt())
                .put("roles", List.copyOf(new TreeSet<>(a.getRoles())))
                .put("department", department(a.getDepartment(), false))
                .put("departmentEn", department(a.getDepartment(), true))
                .put("status", a.getStatus().name())
                .put("createdAt", a.getCreatedAt())
                .build();
        return new ExportSection("account", "privacy.export.section.account", LABELS, List.of(r));
    }

    private ExportSection verification(Account a) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (VerificationChange c : repo.verificationHistory(a)) {
            rows.add(ExportSection.record().put("from", c.getFromLevel().name()).put("to", c.getToLevel().name())
                    .put("reason", c.getReason()).put("changedBy", c.getChangedBy())
                    .put("changedAt", c.getChangedAt()).build());
        }
        return new ExportSection("verification", "privacy.export.section.verification", LABELS, rows);
    }

    private ExportSection mandates(long accountId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Mandate m : repo.mandatesOf(accountId)) {
            rows.add(ExportSection.record().put("business", m.getBusiness().getName())
                    .put("registrationNumber", m.getBusiness().getRegistrationNumber().toString())
                    .put("status", m.getStatus().name()).put("requestedAt", m.getRequestedAt())
                    .put("decidedAt", m.getDecidedAt()).put("decisionNote", m.getDecisionNote()).build());
        }
        return new ExportSection("mandates", "privacy.export.section.mandates", LABELS, rows);
    }

    private static String department(Department d, boolean english) {
        if (d == null) {
            return null;
        }
        return english ? d.getNameEn() + ", " + d.getAgency().getNameEn()
                : d.getAgency().getNameKo() + " " + d.getNameKo();
    }
}
