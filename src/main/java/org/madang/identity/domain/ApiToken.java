package org.madang.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.TokenScope;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An API token issued by a business representative: scoped, expiring and revocable. The token
 * itself (a signed JWT) is shown once and never stored; this record, found by the token's id
 * ({@code jti}), says whether it is still good.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
    public static final String FILE_APPLICATIONS = TokenScope.FILE_APPLICATIONS;
    public static final String FILE_BUNDLES = TokenScope.FILE_BUNDLES;
    public static final String READ_STATUS = TokenScope.READ_STATUS;
    public static final String FILE_DISCLOSURE_REQUESTS = TokenScope.FILE_DISCLOSURE_REQUESTS;
    public static final Set<String> SCOPES = Set.of(FILE_APPLICATIONS, FILE_BUNDLES, FILE_DISCLOSURE_REQUESTS,
            READ_STATUS);
    /** What a citizen without a business mandate may let a token do: filing is in a business's name otherwise. */
    public static final Set<String> CITIZEN_SCOPES = Set.of(FILE_DISCLOSURE_REQUESTS, READ_STATUS);
    public static final int MAX_DAYS = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(nullable = false, unique = true, length = 40)
    private String jti;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(nullable = false, length = 300)
    private String scopes;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String jti, long accountId, String name, Set<String> scopes, int days, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInput("identity.apiToken.nameRequired").onField("tokenName");
        }
        if (scopes == null || scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
            throw new InvalidInput("identity.apiToken.scopeRequired").onField("tokenScopes");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInput("identity.apiToken.days", MAX_DAYS).onField("tokenDays");
        }
        this.jti = Objects.requireNonNull(jti);
        this.accountId = accountId;
        this.name = name.strip();
        this.scopes = String.join(" ", new TreeSet<>(scopes));
        this.issuedAt = now;
        this.expiresAt = now.plus(Duration.ofDays(days));
    }

    public void revoke(Instant now) {
        if (revokedAt != null) {
            throw new Conflict("identity.apiToken.alreadyRevoked");
        }
        revokedAt = now;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public Set<String> scopeSet() {
        return new TreeSet<>(Arrays.asList(scopes.split(" ")));
    }

    public Long getId() { return id; }
    public String getJti() { return jti; }
    public long getAccountId() { return accountId; }
    public String getName() { return name; }
    public String getScopes() { return scopes; }
    public Instant getIssuedAt() { return issuedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
