package org.madang.notification.application;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A mail server that is down is told from a mail the server refused, with the real Jakarta Mail implementation. */
class MailFailuresTest {
    @Test
    void aStoppedMailServerIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free once closed: nothing listens there
        }
        Properties p = new Properties();
        p.put("mail.smtp.host", "localhost");
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "2000");
        Throwable e = catchThrowable(() -> {
            MimeMessage m = new MimeMessage(Session.getInstance(p));
            m.setFrom(new InternetAddress("no-reply@madang.go.kr"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress("citizen@example.kr"));
            m.setText("본문", "UTF-8");
            Transport.send(m);
        });
        assertThat(e).isInstanceOf(MessagingException.class);
        assertThat(MailFailures.serverUnreachable(e)).isTrue();
    }

    @Test
    void aRefusedOrMalformedMailIsNot() {
        assertThat(MailFailures.serverUnreachable(new MessagingException("550 no such user"))).isFalse();
        assertThat(MailFailures.serverUnreachable(new IllegalStateException("x", new MessagingException("y")))).isFalse();
        assertThat(MailFailures.serverUnreachable(new MessagingException("wrapped",
                new java.net.SocketTimeoutException("read timed out")))).isTrue();
    }
}
