package org.madang.testsupport;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Reads what arrived at the test mail server (org.madang.devdb.DevMail), over IMAP with Jakarta
 * Mail, from inside the server or from a browser test: the mailbox is the recipient's address, any
 * password will do. The IMAP port comes from the system property madang.imap.port (failsafe's JVM)
 * or the server variable GREENMAIL_IMAP_PORT (inside Liberty), both set by the `it` profile.
 */
@InContainer
public final class GreenMailbox {
    private GreenMailbox() {
    }

    /** One delivered e-mail as its reader gets it. */
    public record Received(String subject, String body, String contentLanguage, String from, String to) {
    }

    static int imapPort() {
        String property = System.getProperty("madang.imap.port");
        if (property != null) {
            return Integer.parseInt(property);
        }
        return ConfigProvider.getConfig().getOptionalValue("GREENMAIL_IMAP_PORT", Integer.class).orElse(3143);
    }

    /** Everything in the address's mailbox, oldest first. */
    public static List<Received> all(String address) throws MessagingException, IOException {
        Properties p = new Properties();
        p.put("mail.imap.connectiontimeout", "5000");
        p.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(p).getStore("imap");
        store.connect("localhost", imapPort(), address, "any");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Received> received = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    String[] language = m.getHeader("Content-Language");
                    received.add(new Received(m.getSubject(), String.valueOf(m.getContent()),
                            language == null ? null : language[0], join(m.getFrom()),
                            join(m.getRecipients(Message.RecipientType.TO))));
                }
                return received;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    /** The first mail to {@code address} whose subject contains {@code token}, waiting up to {@code timeout}. */
    public static Optional<Received> await(String address, String token, Duration timeout) {
        try {
            // in the caller's thread, which inside the server carries the application's context (config)
            return Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(250)).pollInSameThread()
                    .until(() -> all(address).stream().filter(r -> r.subject().contains(token)).findFirst(),
                            Optional::isPresent);
        } catch (ConditionTimeoutException none) {
            return Optional.empty();
        }
    }

    /** "Name <address>" as a mail reader shows it (decoded, unquoted), or just the address. */
    private static String join(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(GreenMailbox::shown).collect(Collectors.joining(", "));
    }

    private static String shown(Address a) {
        if (a instanceof InternetAddress ia) {
            return ia.getPersonal() == null ? ia.getAddress() : ia.getPersonal() + " <" + ia.getAddress() + ">";
        }
        return a.toString();
    }
}
