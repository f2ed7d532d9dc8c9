package org.madang.devdb;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The zero-setup mail server: GreenMail with SMTP for the portal to send to and IMAP to read what
 * arrived (any user name and password; the mailbox is the recipient's address). Maven starts it
 * asynchronously beside Liberty, for {@code -Pdev} and for {@code mvn verify}, and stops it on exit.
 * In memory, on 127.0.0.1 only. Every arrival is printed, so a developer sees the demo mail go out.
 * Test scope only, so the WAR and the production image never carry it.
 */
public final class DevMail {
    private DevMail() {
    }

    public static void main(String[] args) throws Exception {
        // GreenMail logs every mailbox it creates; the one line per mail below says enough
        System.setProperty("org.slf4j.simpleLogger.log.com.icegreen", "warn");
        String host = System.getenv("SMTP_HOST");
        if (host != null && !host.isBlank() && !"localhost".equals(host) && !"127.0.0.1".equals(host)) {
            // A real mail server was chosen: the local one would only waste a port.
            System.out.println("[devmail] SMTP_HOST is set: mail goes to " + host + ", GreenMail not started");
            Thread.currentThread().join();
            return;
        }
        long t0 = System.nanoTime();
        int smtp = Integer.getInteger("devmail.smtp.port", 3025);
        int imap = Integer.getInteger("devmail.imap.port", 3143);
        GreenMail mail = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        System.out.printf("[devmail] GreenMail ready: SMTP on localhost:%d, IMAP on localhost:%d"
                + " (user = the recipient's address, any password) (%d ms)%n", smtp, imap,
                (System.nanoTime() - t0) / 1_000_000);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[devmail] stopping GreenMail");
            mail.stop();
        }));
        // GreenMail lists messages mailbox by mailbox, not in order of arrival: remember them by id
        Set<String> seen = new HashSet<>();
        while (true) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (seen.add(idOf(m))) {
                    System.out.println("[devmail] " + describe(m));
                }
            }
            Thread.sleep(1000);
        }
    }

    private static String idOf(MimeMessage m) {
        try {
            String id = m.getMessageID();
            return id != null ? id : "identity:" + System.identityHashCode(m);
        } catch (MessagingException e) {
            return "identity:" + System.identityHashCode(m);
        }
    }

    private static String describe(MimeMessage m) {
        try {
            return "to " + Arrays.toString(m.getAllRecipients()) + ": " + m.getSubject();
        } catch (MessagingException e) {
            return "unreadable message: " + e.getMessage();
        }
    }
}
