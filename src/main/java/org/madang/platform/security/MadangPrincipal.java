package org.madang.platform.security;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The signed-in caller. The principal name is the account id, so audit and access-log records
 * stay stable when a person changes e-mail or is pseudonymised; the display name and department
 * travel with it so that every layer can record who acted without reaching into identity.
 */
public class MadangPrincipal extends CallerPrincipal {
    private static final long serialVersionUID = 1L;
    private final long accountId;
    private final String displayName;
    private final Long departmentId;

    public MadangPrincipal(long accountId, String displayName, Long departmentId) {
        super(Long.toString(accountId));
        this.accountId = accountId;
        this.displayName = displayName;
        this.departmentId = departmentId;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Long departmentId() {
        return departmentId;
    }
}
