package org.madang.forum.petition.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.forum.petition.infrastructure.PetitionRepository;
import org.madang.platform.error.Forbidden;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.PersonalDataEraser;

import java.time.Instant;
import java.util.Optional;

/**
 * Petitions' part of deleting one's own account: published petitions stay (supporters and the
 * agency's answer depend on them) without their author's account, and so do supports and
 * sponsorships, which still count, keyed on the resident; unpublished drafts go with their
 * sponsorships (nobody can publish them any more), and so do the notes of the support rate limit.
 */
@Stateless
@Local(PersonalDataEraser.class)
@RolesAllowed(Roles.CITIZEN)
public class PetitionDataEraser implements PersonalDataEraser {
    @Inject
    PetitionRepository repo;
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
