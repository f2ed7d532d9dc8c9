package org.madang.privacy.application;

/**
 * A port, implemented by identity: whether a password is the account's own. Deleting an account is
 * confirmed with the password, and only identity knows it.
 */
public interface PasswordConfirmation {
    boolean confirms(long accountId, String password);
}
