package org.madang.notification.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.notification.application.Inbox;
import org.madang.notification.application.InboxEntry;
import org.madang.platform.faces.LanguageBean;
import org.madang.platform.faces.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * /my/inbox.xhtml: the list, and with {@code ?message=N} that message opened (which marks it read).
 * Opening is a plain link, as in any mail reader; "mark as unread" is a POST, then a redirect.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;
    @Inject
    LanguageBean lang;

    private Long message;
    private InboxEntry opened;
    private List<InboxEntry> entries;

    public void load() {
        try {
            if (message != null) {
                opened = inbox.open(message, lang.getCode()); // first, so the list below shows it read
            }
        } finally {
            entries = inbox.mine(lang.getCode()); // the list also under "message not found"
        }
    }

    public void markUnread() throws IOException {
        if (opened != null) {
            inbox.markUnread(opened.id());
            Messages.flash("notification.inbox.markedUnread");
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + "/my/inbox.xhtml");
        fc.responseComplete();
    }

    public Long getMessage() {
        return message;
    }

    public void setMessage(Long message) {
        this.message = message;
    }

    public InboxEntry getOpened() {
        return opened;
    }

    public List<InboxEntry> getEntries() {
        return entries;
    }
}
