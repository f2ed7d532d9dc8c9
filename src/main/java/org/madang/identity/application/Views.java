package org.madang.identity.application;

import org.madang.identity.domain.Account;
import org.madang.identity.domain.AccountStatus;
import org.madang.identity.domain.Agency;
import org.madang.identity.domain.Department;
import org.madang.identity.domain.Mandate;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.VerificationChange;
import org.madang.identity.domain.VerificationLevel;
import org.madang.platform.privacy.PersonalData;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Read models the identity services hand to pages and the API (never entities). */
public final class Views {
    private Views() {
    }

    public record DepartmentView(long id, String code, String nameKo, String nameEn, long agencyId, String agencyCode,
                                 String agencyNameKo, String agencyNameEn) implements Serializable {
        static DepartmentView of(Department d) {
            if (d == null) {
                return null;
            }
            Agency a = d.getAgency();
            return new DepartmentView(d.getId(), d.getCode(), d.getNameKo(), d.getNameEn(), a.getId(), a.getCode(),
                    a.getNameKo(), a.getNameEn());
        }
    }

    public record AgencyView(long id, String code, String nameKo, String nameEn, Agency.Kind kind,
                             List<DepartmentView> departments) implements Serializable {
        static AgencyView of(Agency a) {
            return new AgencyView(a.getId(), a.getCode(), a.getNameKo(), a.getNameEn(), a.getKind(),
                    a.getDepartments().stream().map(DepartmentView::of).toList());
        }
    }

    /** One line of an account list: enough to pick the right person, nothing more. */
    public record AccountSummary(long id, String name, String email, VerificationLevel verification,
                                 Set<String> roles, DepartmentView department) implements PersonalData, Serializable {
        static AccountSummary of(Account a) {
            return new AccountSummary(a.getId(), a.getName(), a.getEmail(), a.getVerification(),
                    new TreeSet<>(a.getRoles()), DepartmentView.of(a.getDepartment()));
        }

        @Override
        public long dataSubjectId() {
            return id;
        }
    }

    /** One account of a group of verified accounts that share a registry identity. */
    public record DuplicateAccount(int group, long id, String name, String email, LocalDate birthDate, Region region,
                                   VerificationLevel verification, boolean identityConfirmed, AccountStatus status)
            implements PersonalData {
        static DuplicateAccount of(int group, Account a, boolean confirmed) {
            return new DuplicateAccount(group, a.getId(), a.getName(), a.getEmail(), a.getBirthDate(), a.getRegion(),
                    a.getVerification(), confirmed, a.getStatus());
        }

        @Override
        public long dataSubjectId() {
            return id;
        }
    }

    public record LevelChange(VerificationLevel from, VerificationLevel to, String reason, String changedBy,
                              Instant changedAt) implements Serializable {
        static LevelChange of(VerificationChange c) {
            return new LevelChange(c.getFromLevel(), c.getToLevel(), c.getReason(), c.getChangedBy(), c.getChangedAt());
        }
    }

    /** An account in full, as its owner or an administrator sees it. */
    public record AccountDetails(long id, String email, String name, LocalDate birthDate, Region region,
                                 String language, VerificationLevel verification, Instant verifiedAt,
                                 Set<String> roles, DepartmentView department, DepartmentView supervisedDepartment,
                                 String status, boolean locked, Instant lockedUntil, Instant createdAt,
                                 List<LevelChange> levelHistory, List<MandateView> mandates) implements PersonalData, Serializable {
        static AccountDetails of(Account a, List<VerificationChange> history, List<Mandate> mandates, Instant now) {
            return new AccountDetails(a.getId(), a.getEmail(), a.getName(), a.getBirthDate(), a.getRegion(),
                    a.getLanguage(), a.getVerification(), a.getVerifiedAt(), new TreeSet<>(a.getRoles()),
                    DepartmentView.of(a.getDepartment()), DepartmentView.of(a.getSupervisedDepartment()),
                    a.getStatus().name(), a.isLocked(now), a.getLockedUntil(), a.getCreatedAt(),
                    history.stream().map(LevelChange::of).toList(),
                    mandates.stream().map(MandateView::of).toList());
        }

        @Override
        public long dataSubjectId() {
            return id;
        }

        public boolean isVerifiedResident() {
            return verification == VerificationLevel.VERIFIED_RESIDENT;
        }
    }

    public record MandateView(long id, long businessId, String businessName, String registrationNumber,
                              long representativeId, String representativeName, Mandate.Status status,
                              Instant requestedAt, Instant decidedAt, String decisionNote) implements PersonalData, Serializable {
        @Override
        public long dataSubjectId() {
            return representativeId;
        }

        static MandateView of(Mandate m) {
            return new MandateView(m.getId(), m.getBusiness().getId(), m.getBusiness().getName(),
                    m.getBusiness().getRegistrationNumber().toString(), m.getRepresentative().getId(),
                    m.getRepresentative().getName(), m.getStatus(), m.getRequestedAt(), m.getDecidedAt(),
                    m.getDecisionNote());
        }
    }

    /** What the sign-in mechanism needs to build the caller principal. */
    public record SignedIn(long accountId, String name, Long departmentId, Set<String> roles, String language,
                           int sessionEpoch) {
    }

    /** A colleague as shown on the officer's home page: official capacity only. */
    public record Colleague(long id, String name, boolean supervisor) implements Serializable {
    }

    /**
     * What the registry holds for the caller's 주민등록표 등본: the household's address, its members
     * (relationship to the head as a code: HEAD, SPOUSE, CHILD, PARENT, SIBLING, OTHER) and the
     * caller's past addresses, newest first.
     */
    public record HouseholdRecord(long subjectId, String address, List<HouseholdMember> members,
                                  List<PastAddress> pastAddresses) implements PersonalData, Serializable {
        public HouseholdRecord {
            members = List.copyOf(members);
            pastAddresses = List.copyOf(pastAddresses);
        }

        @Override
        public long dataSubjectId() {
            return subjectId;
        }
    }

    /**
     * The caller's own record in the family relations register: registered domicile, the person
     * (sex as a code: MALE, FEMALE) and relatives (kind as a code: FATHER, MOTHER, SPOUSE, CHILD).
     */
    public record FamilyRecordView(long subjectId, String domicile, FamilyPerson person, List<FamilyPerson> relatives)
            implements PersonalData, Serializable {
        public FamilyRecordView {
            relatives = List.copyOf(relatives);
        }

        @Override
        public long dataSubjectId() {
            return subjectId;
        }
    }

    /** The caller's own health insurance coverage, oldest first (kind as a code: WORKPLACE, LOCAL, DEPENDANT). */
    public record InsuranceRecordView(long subjectId, List<InsurancePeriod> periods) implements PersonalData, Serializable {
        public InsuranceRecordView {
            periods = List.copyOf(periods);
        }

        @Override
        public long dataSubjectId() {
            return subjectId;
        }
    }

    /** One period of coverage; {@code lost} is null while it lasts. */
    public record InsurancePeriod(String kind, String through, java.time.LocalDate acquired, java.time.LocalDate lost)
            implements Serializable {
    }

    /** One person of a family record; {@code kind} is null for the person the record is about. */
    public record FamilyPerson(String kind, String name, java.time.LocalDate birthDate, String sex)
            implements Serializable {
    }

    public record HouseholdMember(String name, java.time.LocalDate birthDate, String relationship,
                                  java.time.LocalDate movedIn) implements Serializable {
    }

    public record PastAddress(String address, java.time.LocalDate movedIn, java.time.LocalDate movedOut)
            implements Serializable {
    }
}
