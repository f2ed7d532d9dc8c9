package org.madang.voting.web.poll;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.faces.Messages;

import java.io.IOException;

/** Addresses of the poll pages and the redirects between them (Post-Redirect-Get). */
final class PollPages {
    static final String POLL = "/polls/poll.xhtml?id=";
    static final String RECEIPTS = "/polls/receipts.xhtml?id=";
    static final String TAKE_PART = "/my/polls/take.xhtml?id=";
    static final String RECEIPT = "/my/polls/receipt.xhtml?id=";
    static final String ADMIN_POLL = "/poll-admin/poll.xhtml?id=";
    /** Flash key of the receipt, shown once on the page after taking part. */
    static final String RECEIPT_FLASH = "madang.pollReceipt";

    private PollPages() {
    }

    static void redirect(String path, String messageKey, Object... args) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (messageKey != null) {
            Messages.flash(messageKey, args);
        }
        ExternalContext ec = fc.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + path);
        fc.responseComplete();
    }

    static void notFound() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        fc.responseComplete();
    }
}
