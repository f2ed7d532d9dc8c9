package org.madang.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.Roles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's account. It guards the sign-in lockout (five wrong passwords lock it for fifteen
 * minutes), its verification level (changed only by a registry match or, with a reason, by an
 * ADMIN), its roles, and where an officer works.
 */
@Entity
@Table(name = "account")
public class Account {
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = 254)
    private String email;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Region region;
    @Column(nullable = false, length = 2)
    private String language = "ko";
    @Enumerated(EnumType.STRING)
    @Column(name = "verification", nullable = false, length = 30)
    private VerificationLevel verification = VerificationLevel.BASIC;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "department_id")
    private Department department;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "supervised_department_id")
    private Department supervisedDepartment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status = AccountStatus.ACTIVE;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;
    /** Raised by a password change: sessions signed in under an older value end. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 30)
    private Set<String> roles = new HashSet<>();
    @Version
    private int version;

    protected Account() {
    }

    /** A citizen registering: basic level, role CITIZEN. The password is already hashed. */
    public Account(String email, String name, String passwordHash, LocalDate birthDate, Region region,
                   String language, Instant now) {
        this.email = normaliseEmail(email);
        rename(name);
        if (birthDate == null || birthDate.isAfter(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))
                || birthDate.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new InvalidInput("identity.account.birthDateInvalid").onField("birthDate");
        }
        this.birthDate = birthDate;
        if (region == null) {
            throw new InvalidInput("identity.account.regionRequired").onField("region");
        }
        this.region = region;
        this.language = "en".equals(language) ? "en" : "ko";
        this.passwordHash = requireHash(passwordHash);
        this.createdAt = now;
        this.passwordChangedAt = now;
        this.roles.add(Roles.CITIZEN);
    }

    public static String normaliseEmail(String email) {
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw new InvalidInput("identity.account.emailInvalid").onField("email");
        }
        return e;
    }

    private static String requireHash(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new IllegalArgumentException("password hash required");
        }
        return hash;
    }

    public final void rename(String newName) {
        String n = newName == null ? "" : newName.trim();
        if (n.isEmpty() || n.length() > 100) {
            throw new InvalidInput("identity.account.nameInvalid").onField("name");
        }
        this.name = n;
    }

    // --- sign-in and lockout -------------------------------------------------------------

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean canSignIn(Instant now) {
        return status == AccountStatus.ACTIVE && !isLocked(now);
    }

    /** A wrong password: the fifth in a row locks the account. Returns true if this one locked it. */
    public boolean recordFailedSignIn(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedSignIns = 0; // the previous lock has expired: start counting afresh
            lockedUntil = null;
        }
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    public void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** A new password; every session signed in before it ends (see {@link #getSessionEpoch}). */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = requireHash(newHash);
        this.passwordChangedAt = now;
        this.sessionEpoch++;
    }

    // --- verification --------------------------------------------------------------------

    /** Matched against the resident registry. */
    public VerificationChange verifyAsResident(Instant now) {
        if (verification == VerificationLevel.VERIFIED_RESIDENT) {
            throw new Conflict("identity.verify.alreadyVerified");
        }
        return changeLevel(VerificationLevel.VERIFIED_RESIDENT, "resident-registry-match", "registry", now);
    }

    /** An administrator's decision; the reason is mandatory and kept. */
    public VerificationChange changeLevelByAdmin(VerificationLevel to, String reason, String adminId, Instant now) {
        if (reason == null || reason.trim().length() < 5) {
            throw new InvalidInput("identity.verify.reasonRequired").onField("reason");
        }
        if (to == null || to == verification) {
            throw new InvalidInput("identity.verify.sameLevel").onField("level");
        }
        return changeLevel(to, reason.trim(), adminId, now);
    }

    private VerificationChange changeLevel(VerificationLevel to, String reason, String by, Instant now) {
        VerificationChange change = new VerificationChange(this, verification, to, reason, by, now);
        this.verification = to;
        this.verifiedAt = to == VerificationLevel.VERIFIED_RESIDENT ? now : null;
        return change;
    }

    // --- roles and organisation ----------------------------------------------------------

    public void grantRole(String role) {
        if (!Roles.ALL.contains(role)) {
            throw new InvalidInput("identity.role.unknown", role);
        }
        roles.add(role);
    }

    public void revokeRole(String role) {
        if (Roles.CITIZEN.equals(role)) {
            throw new Conflict("identity.role.citizenPermanent");
        }
        roles.remove(role);
        if (Roles.OFFICER.equals(role)) {
            department = null;
        }
        if (Roles.SUPERVISOR.equals(role)) {
            supervisedDepartment = null;
        }
    }

    /** Makes this account an officer of a department (an officer belongs to exactly one). */
    public void assignToDepartment(Department d) {
        if (d == null) {
            throw new InvalidInput("identity.officer.departmentRequired").onField("department");
        }
        this.department = d;
        roles.add(Roles.OFFICER);
    }

    /** A supervisor supervises one department; they also belong to it. */
    public void supervise(Department d) {
        if (d == null) {
            throw new InvalidInput("identity.officer.departmentRequired").onField("department");
        }
        this.supervisedDepartment = d;
        this.department = d;
        roles.add(Roles.SUPERVISOR);
        roles.add(Roles.OFFICER);
    }

    public void chooseLanguage(String lang) {
        this.language = "en".equals(lang) ? "en" : "ko";
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    public void enable() {
        if (status == AccountStatus.CLOSED) {
            throw new Conflict("privacy.deletion.alreadyClosed");
        }
        status = AccountStatus.ACTIVE;
    }

    /**
     * Closes the account at its owner's request and pseudonymises the profile. The account row
     * itself stays, because kept applications, the audit trail and the access log refer to its
     * number; what stays of the profile, and why, is what /my/privacy/delete.xhtml tells the person:
     * the birth year (not the day) and the region, which kept applications were judged on; the
     * verification history (who verified the identity behind kept applications, and how). Name and
     * e-mail are replaced, the password can never match again, and every role but CITIZEN goes.
     */
    public void closeAndPseudonymise(String unusablePasswordHash, Instant now) {
        if (status == AccountStatus.CLOSED) {
            throw new Conflict("privacy.deletion.alreadyClosed");
        }
        this.name = pseudonym(id);
        // RFC 2606 reserves .invalid: the placeholder can never reach a mailbox, and stays unique
        this.email = "closed-" + id + "@account.invalid";
        this.birthDate = birthDate.withDayOfYear(1);
        this.passwordHash = requireHash(unusablePasswordHash);
        this.passwordChangedAt = now;
        this.sessionEpoch++;
        this.roles.retainAll(Set.of(Roles.CITIZEN));
        this.department = null;
        this.supervisedDepartment = null;
        this.failedSignIns = 0;
        this.lockedUntil = null;
        this.status = AccountStatus.CLOSED;
    }

    /** The name a closed account keeps: "탈퇴한 회원 #42" (a former member). */
    public static String pseudonym(long id) {
        return "탈퇴한 회원 #" + id;
    }

    public boolean isClosed() {
        return status == AccountStatus.CLOSED;
    }

    // --- reading ------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Region getRegion() {
        return region;
    }

    public String getLanguage() {
        return language;
    }

    public VerificationLevel getVerification() {
        return verification;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Department getDepartment() {
        return department;
    }

    public Department getSupervisedDepartment() {
        return supervisedDepartment;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
