package org.madang.notification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.madang.notification.domain.NoticeTexts;
import org.madang.notification.domain.OutboundMail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends one outbox mail through Liberty's mail session {@code mail/madang} (openliberty-config/mail.xml:
 * host, port, sender and STARTTLS come from the SMTP_* variables).
 */
@ApplicationScoped
public class SmtpMailer {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    @Resource(lookup = "mail/madang")
    Session session;

    /** Hands the mail to the SMTP server; any refusal or failure on the way is thrown. */
    public void send(OutboundMail mail) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(sender(mail.getLanguage()));
        // strict parsing: an address the server could never deliver to fails here, visibly, as a FAILED mail
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getToAddress(), true));
        m.setSubject(mail.getSubject(), UTF_8);
        m.setText(mail.getBody(), UTF_8);
        m.setHeader("Content-Language", mail.getLanguage());
        m.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: out-of-office replies stay away
        m.setSentDate(new Date());
        m.saveChanges();
        String user = session.getProperty("mail.user");
        PasswordAuthentication login = user == null || user.isBlank() ? null
                : session.requestPasswordAuthentication(null, -1, "smtp", null, user);
        if (login == null) {
            Transport.send(m);
        } else {
            // Liberty gives the session SMTP_USER and SMTP_PASSWORD through its authenticator, but
            // SMTP authenticates only when asked for it or handed the credentials: hand them over.
            Transport.send(m, login.getUserName(), login.getPassword());
        }
    }

    /** SMTP_FROM, named as it says or else by the portal's name in the reader's language (encoded as UTF-8). */
    private InternetAddress sender(String language) throws MessagingException {
        InternetAddress from = new InternetAddress(session.getProperty("mail.from"), true);
        String name = from.getPersonal() != null ? from.getPersonal()
                : NoticeTexts.in(language).format("notification.mail.senderName");
        try {
            return new InternetAddress(from.getAddress(), name, UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
