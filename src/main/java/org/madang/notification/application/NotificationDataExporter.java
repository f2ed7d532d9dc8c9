package org.madang.notification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.notification.domain.OutboundMail;
import org.madang.notification.infrastructure.OutboxRepository;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExporter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Notification's part of "download my data": every inbox message (in the holder's language, as
 * the inbox shows it) and the e-mails still kept in the outbox (delivered ones are purged after a
 * while; the inbox keeps the notice itself).
 */
@Stateless
@Local(PersonalDataExporter.class)
@RolesAllowed(Roles.CITIZEN)
public class NotificationDataExporter implements PersonalDataExporter {
    static final String LABELS = "privacy.export.field.";

    @Inject
    Inbox inbox;
    @Inject
    OutboxRepository outbox;
    @Inject
    CurrentUser currentUser;

    @Override
    public List<ExportSection> export(long accountId) {
        PersonalDataExporter.requireHolder(currentUser.accountId(), accountId);
        return List.of(inbox(accountId), mails(accountId));
    }

    private ExportSection inbox(long accountId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (InboxEntry e : inbox.inboxOf(accountId)) {
            rows.add(ExportSection.record().put("receivedAt", e.receivedAt()).put("category", e.category())
                    .put("subject", e.subject()).put("body", e.body()).put("readAt", e.readAt()).build());
        }
        return new ExportSection("inbox", "privacy.export.section.inbox", LABELS, rows);
    }

    private ExportSection mails(long accountId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OutboundMail m : outbox.of(accountId)) {
            rows.add(ExportSection.record().put("createdAt", m.getCreatedAt()).put("toAddress", m.getToAddress())
                    .put("subject", m.getSubject()).put("mailStatus", m.getStatus().name())
                    .put("sentAt", m.getSentAt()).build());
        }
        return new ExportSection("emails", "privacy.export.section.emails", LABELS, rows);
    }
}
