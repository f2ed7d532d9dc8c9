package org.madang.notification.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.identity.application.AccountDirectory;
import org.madang.platform.notification.Notice;
import org.madang.platform.persistence.DemoDataRequested;

import java.util.List;
import java.util.logging.Logger;

/**
 * A few notices in the demo citizens' inboxes, fired as real {@link Notice}s so that the demo
 * e-mails go through the outbox to the local mail server too. After identity's demo data (the
 * accounts must exist), and only for accounts whose inbox is still empty.
 */
@Stateless
public class NotificationDemoData {
    private static final Logger LOG = Logger.getLogger(NotificationDemoData.class.getName());

    @Inject
    AccountDirectory directory;
    @Inject
    InboxRepository inbox;
    @Inject
    Event<Notice> notices;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoDataRequested event) {
        int sent = 0;
        sent += welcome("citizen@madang.go.kr",
                notice("mandateRequested", List.of("민준커피", "214-86-01238"), "/my/business.xhtml"));
        sent += welcome("resident@madang.go.kr", notice("verified", List.of(), "/my/"),
                notice("passwordChanged", List.of(), "/my/password.xhtml"));
        sent += welcome("citizen.en@madang.go.kr");
        sent += welcome("business@madang.go.kr",
                notice("mandateApproved", List.of("(주)마당상사", "220-81-12341"), "/my/business.xhtml"));
        if (sent > 0) {
            LOG.info("notification demo data loaded: " + sent + " notices");
        }
    }

    /** The welcome notice first, then the others (newest last); nothing if the inbox has messages already. */
    private int welcome(String email, DemoNotice... more) {
        Long id = directory.accountIdOf(email).orElse(null);
        if (id == null || inbox.hasAny(id)) {
            return 0;
        }
        notices.fire(new Notice(id, "notification.demo.welcome.subject", "notification.demo.welcome.body", List.of(),
                "/my/", "account"));
        for (DemoNotice n : more) {
            notices.fire(new Notice(id, "notification.demo." + n.name() + ".subject",
                    "notification.demo." + n.name() + ".body", n.arguments(), n.link(), "account"));
        }
        return 1 + more.length;
    }

    private static DemoNotice notice(String name, List<String> arguments, String link) {
        return new DemoNotice(name, arguments, link);
    }

    private record DemoNotice(String name, List<String> arguments, String link) {
    }
}
