package org.madang.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.notification.application.Inbox;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.madang.platform.error.Failures;

/**
 * The unread count beside "Inbox" in the page template's navigation, counted once per request
 * (after the page's own actions, so opening a message lowers it on that very page).
 */
@Named
@RequestScoped
public class InboxBadge {
    private static final Logger LOG = Logger.getLogger(InboxBadge.class.getName());

    @Inject
    Inbox inbox;

    private long unread;

    /** Unread messages of the signed-in caller; 0 if they cannot be counted (the page must still render). */
    @PostConstruct
    void count() {
        try {
            unread = inbox.unreadCountForHeader();
        } catch (RuntimeException e) {
            // every page, the error pages included, shows the badge: a count is not worth a second failure
            LOG.log(Level.WARNING, () -> "unread count unavailable: " + Failures.describe(e));
        }
    }

    public long getUnread() {
        return unread;
    }
}
