package org.madang.notification.application;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.madang.notification.domain.NoticeTexts;

import java.net.ConnectException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What the inbox page and the outbox record get from the application layer. */
class InboxEntryTest {
    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");

    @Test
    void aBodyIsSplitIntoItsParagraphs() {
        String body = NoticeTexts.in("en").format("notification.demo.welcome.body");
        InboxEntry e = new InboxEntry(1, 9, "account", "Welcome to Madang", body, "/my/", T0, null);
        assertThat(e.paragraphs()).hasSize(2).allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("\n"));
        assertThat(e.unread()).isTrue();
        assertThat(e.dataSubjectId()).as("the person it belongs to, for the privacy rules").isEqualTo(9);
        assertThat(new InboxEntry(1, 9, null, "s", "one paragraph", null, T0, T0).paragraphs())
                .containsExactly("one paragraph");
    }

    @Test
    void aDeliveryErrorNamesTheFailureAndItsRootCause() {
        MessagingException e = new MessagingException("Couldn't connect to host, port: localhost, 3025",
                new ConnectException("Connection refused"));
        assertThat(MailDelivery.describe(e)).isEqualTo("MessagingException: Couldn't connect to host, port: localhost, 3025"
                + " (ConnectException: Connection refused)");
        assertThat(MailDelivery.describe(new IllegalStateException("no session"))).isEqualTo(
                "IllegalStateException: no session");
    }
}
