package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.AccountStatus;
import org.madang.identity.domain.ApiToken;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.CredentialRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.JwtCodec;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * API tokens for filing by machine: a business representative issues a scoped, expiring token
 * from their account page (shown once), sees and revokes their tokens; the API asks
 * {@link #verify} on every call — signature, issuer, expiry, and the token's record (revocation is
 * effective at once). A token never carries more than the citizen and representative roles.
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE})
public class ApiTokens {
    public static final String ISSUER = "https://madang.go.kr/api";
    /** The roles a token may carry: never an officer's or administrator's. */
    static final Set<String> TOKEN_ROLES = Set.of(Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE);

    @Inject
    AccountRepository accounts;
    @Inject
    CredentialRepository credentials;
    @Inject
    JwtCodec jwt;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    /** A new token for the caller; the returned string is the only time it is shown. */
    @Audited("apiToken.issue")
    public IssuedToken issue(String name, @NotNull Set<String> scopes, int days) {
        if (!availableScopes().containsAll(scopes)) {
            throw new InvalidInput("identity.apiToken.scopeNotYours").onField("tokenScopes");
        }
        Instant now = Instant.now(clock);
        ApiToken t = new ApiToken(UUID.randomUUID().toString(), currentUser.accountId(), name, scopes, days, now);
        credentials.add(t);
        // the MicroProfile JWT claim set (upn, groups besides iss/sub/jti/iat/exp), so that any MP-JWT
        // runtime holding the portal's public key reads these tokens as the portal's filter does
        JsonArrayBuilder groups = Json.createArrayBuilder();
        for (String role : List.of(Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE)) {
            if (currentUser.hasRole(role)) {
                groups.add(role);
            }
        }
        JsonObject claims = Json.createObjectBuilder()
                .add("iss", ISSUER).add("sub", String.valueOf(t.getAccountId())).add("jti", t.getJti())
                .add("upn", String.valueOf(t.getAccountId())).add("groups", groups)
                .add("iat", now.getEpochSecond()).add("exp", t.getExpiresAt().getEpochSecond())
                .add("scope", t.getScopes()).build();
        return new IssuedToken(t.getId(), jwt.sign(claims.toString()), view(t, now));
    }

    /** The scopes the caller may give a token: a business's filings need a representative's mandate. */
    public Set<String> availableScopes() {
        return currentUser.hasRole(Roles.BUSINESS_REPRESENTATIVE) ? ApiToken.SCOPES : ApiToken.CITIZEN_SCOPES;
    }

    /** The caller's tokens, newest first (revoked and expired ones included). */
    public List<TokenView> mine() {
        Instant now = Instant.now(clock);
        return credentials.tokensOf(currentUser.accountId()).stream().map(t -> view(t, now)).toList();
    }

    /** Revokes one of the caller's tokens, effective from the next call. */
    @Audited("apiToken.revoke")
    public void revoke(@AuditTarget("apiToken") long tokenId) {
        ApiToken t = credentials.findToken(tokenId).filter(x -> x.getAccountId() == currentUser.accountId())
                .orElseThrow(() -> new NotFound("identity.apiToken.notFound"));
        t.revoke(Instant.now(clock));
    }

    /**
     * The caller a token stands for, if the token is the portal's, unexpired, not revoked and its
     * account active. Open to every caller: it is how an API request becomes someone's.
     */
    @PermitAll
    public Optional<TokenCaller> verify(String token) {
        Instant now = Instant.now(clock);
        return jwt.verify(token).flatMap(ApiTokens::claims).flatMap(claims -> {
            if (!ISSUER.equals(claims.getString("iss", null)) || !(claims.get("exp") instanceof jakarta.json.JsonNumber exp)
                    || !(claims.get("jti") instanceof jakarta.json.JsonString) || exp.longValue() <= now.getEpochSecond()) {
                return Optional.empty();
            }
            return credentials.findTokenByJti(claims.getString("jti"))
                    .filter(t -> t.isUsableAt(now) && String.valueOf(t.getAccountId()).equals(claims.getString("sub", "")))
                    .flatMap(t -> {
                        Account a = accounts.getAccount(t.getAccountId());
                        if (a.getStatus() != AccountStatus.ACTIVE) {
                            return Optional.empty();
                        }
                        Set<String> roles = new TreeSet<>(a.getRoles());
                        roles.retainAll(TOKEN_ROLES);
                        return Optional.of(new TokenCaller(a.getId(), a.getName(), roles, t.scopeSet(), t.getJti()));
                    });
        });
    }

    private static Optional<JsonObject> claims(String json) {
        try (jakarta.json.JsonReader r = Json.createReader(new java.io.StringReader(json))) {
            return Optional.of(r.readObject());
        } catch (jakarta.json.JsonException | IllegalStateException notAnObject) {
            return Optional.empty();
        }
    }

    private static TokenView view(ApiToken t, Instant now) {
        return new TokenView(t.getId(), t.getName(), t.scopeSet(), t.getIssuedAt(), t.getExpiresAt(), t.getRevokedAt(),
                t.isUsableAt(now));
    }

    public record TokenView(long id, String name, Set<String> scopes, Instant issuedAt, Instant expiresAt,
                            Instant revokedAt, boolean usable) implements java.io.Serializable {
    }

    public record IssuedToken(long id, String token, TokenView view) {
    }

    /** Who a verified token stands for, and what it allows. */
    public record TokenCaller(long accountId, String name, Set<String> roles, Set<String> scopes, String jti) {
        public boolean allows(String scope) {
            return scopes.contains(scope);
        }
    }
}
