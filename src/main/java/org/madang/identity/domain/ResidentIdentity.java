package org.madang.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A resident the portal has verified, and the one account that resident's identity verifies now.
 * The identity is a keyed hash of the registration number (unique in the table); the resident key
 * is a random id that other contexts use for "once only" and that stays with the resident when
 * the identity moves to another account (after the first was closed or lowered).
 */
@Entity
@Table(name = "resident_identity")
public class ResidentIdentity {
    @Id
    @Column(name = "resident_key")
    private UUID residentKey;
    /** Null for an account verified before identity hashes existed, until its holder confirms. */
    @Column(name = "identity_hash", length = 64, unique = true)
    private String identityHash;
    @Column(name = "account_id", unique = true)
    private Long accountId;
    @Column(name = "bound_at", nullable = false)
    private Instant boundAt;
    @Version
    private int version;

    protected ResidentIdentity() {
    }

    /** A resident verified for the first time, on {@code accountId}. */
    public ResidentIdentity(String identityHash, long accountId, Instant now) {
        this.residentKey = UUID.randomUUID();
        this.identityHash = requireHash(identityHash);
        this.accountId = accountId;
        this.boundAt = now;
    }

    /**
     * This identity now verifies {@code account}. Refused while it verifies another account: one
     * resident, one verified account.
     */
    public void bindTo(long account, Instant now) {
        if (accountId != null && accountId != account) {
            throw new Conflict("identity.verify.boundToAnother");
        }
        if (accountId == null) {
            accountId = account;
            boundAt = now;
        }
    }

    /** The identity no longer verifies any account; its resident key stays for the next one. */
    public void release() {
        accountId = null;
    }

    /** An account verified before identity hashes existed gives its number once more. */
    public void confirm(String hash) {
        if (identityHash != null && !identityHash.equals(hash)) {
            throw new Conflict("identity.verify.otherIdentity");
        }
        identityHash = requireHash(hash);
    }

    public boolean isBoundTo(long account) {
        return accountId != null && accountId == account;
    }

    public boolean isConfirmed() {
        return identityHash != null;
    }

    private static String requireHash(String h) {
        if (h == null || !h.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("identity hash must be 64 hex digits");
        }
        return h;
    }

    public UUID getResidentKey() {
        return residentKey;
    }

    public String getIdentityHash() {
        return identityHash;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getBoundAt() {
        return boundAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdentity r && Objects.equals(r.residentKey, residentKey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(residentKey);
    }
}
