package org.madang.forum.debate.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.forum.debate.domain.Post;
import org.madang.forum.debate.infrastructure.DebateRepository;
import org.madang.platform.error.Forbidden;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExporter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Debates' part of "download my data": the person's posts (with deleted ones' text) and reports. */
@Stateless
@Local(PersonalDataExporter.class)
@RolesAllowed(Roles.CITIZEN)
public class DebateDataExporter implements PersonalDataExporter {
    static final String LABELS = "privacy.export.field.";

    @Inject
    DebateRepository repo;
    @Inject
    CurrentUser currentUser;

    @Override
    public List<ExportSection> export(long accountId) {
        if (currentUser.accountId() != accountId) {
            throw new Forbidden("privacy.accessLog.notYours");
        }
        List<Map<String, Object>> posts = new ArrayList<>();
        for (Post p : repo.postsBy(accountId)) {
            posts.add(ExportSection.record().put("forumPostNumber", p.getId()).put("forumDebateNumber", p.getDebateId())
                    .put("forumPostText", p.getBody()).put("forumPostedAt", p.getCreatedAt()).put("forumDeletedAt", p.getDeletedAt())
                    .put("forumModeration", p.moderation().getState().name()).build());
        }
        List<Map<String, Object>> flags = new ArrayList<>();
        for (Object[] f : repo.flagsBy(accountId)) {
            flags.add(ExportSection.record().put("forumPostNumber", f[0] == null ? null : ((Number) f[0]).longValue())
                    .put("petitionNumber", f[4] == null ? null : ((Number) f[4]).longValue())
                    .put("forumFlagRule", String.valueOf(f[1])).put("forumFlagNote", f[2]).build());
        }
        return List.of(new ExportSection("forumPosts", "privacy.export.section.forumPosts", LABELS, posts),
                new ExportSection("forumFlags", "privacy.export.section.forumFlags", LABELS, flags));
    }
}
