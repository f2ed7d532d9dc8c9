package org.madang.forum.debate.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.forum.debate.infrastructure.DebateRepository;
import org.madang.platform.error.Forbidden;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.PersonalDataEraser;

import java.time.Instant;
import java.util.Optional;

/**
 * Debates' part of deleting one's own account: the posts stay where they are, in the debate's
 * record, shown as by "a former member"; the reports still count but name nobody; the agree and
 * disagree votes go (the counts on the posts stay).
 */
@Stateless
@Local(PersonalDataEraser.class)
@RolesAllowed(Roles.CITIZEN)
public class DebateDataEraser implements PersonalDataEraser {
    @Inject
    DebateRepository repo;
    @Inject
    CurrentUser currentUser;

    @Override
    public Optional<String> refusal(long accountId) {
        return Optional.empty();
    }

    @Override
    public void erase(long accountId, Instant now) {
        if (currentUser.accountId() != accountId) {
            throw new Forbidden("privacy.accessLog.notYours");
        }
        repo.forgetAccount(accountId);
    }
}
