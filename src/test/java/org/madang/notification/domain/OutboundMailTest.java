package org.madang.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox record: attempts, the last error, when to try again, and when to give up. */
class OutboundMailTest {
    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");
    private static final int MAX = 3;

    private static OutboundMail mail() {
        return new OutboundMail(7, "citizen@example.kr", "ko", new MailComposer.ComposedMail("s", "b"), 11L, T0);
    }

    @Test
    void aNewMailIsPendingAndLeftToTheImmediateSendForAMinute() {
        OutboundMail m = mail();
        assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(m.getAttempts()).isZero();
        assertThat(m.getNextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(m.isDeliverable(MAX)).isTrue();
    }

    @Test
    void aFailureIsKeptAndTheNextAttemptWaitsLongerEachTime() {
        OutboundMail m = mail();
        m.recordFailure("SMTPSendFailedException: 451 try later", T0);
        assertThat(m.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(m.getAttempts()).isOne();
        assertThat(m.getLastError()).isEqualTo("SMTPSendFailedException: 451 try later");
        assertThat(m.getNextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        m.recordFailure("again", T0);
        assertThat(m.getNextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
        assertThat(OutboundMail.waitAfter(100)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void afterTheLastAllowedAttemptItStaysFailed() {
        OutboundMail m = mail();
        for (int i = 0; i < MAX; i++) {
            assertThat(m.isDeliverable(MAX)).isTrue();
            m.recordFailure("refused", T0);
        }
        assertThat(m.isDeliverable(MAX)).isFalse();
        assertThat(m.hasGivenUp(MAX)).isTrue();
        assertThat(m.hasGivenUp(MAX + 1)).isFalse();
    }

    @Test
    void aSuccessAfterAFailureIsSentAndCannotBeSentAgain() {
        OutboundMail m = mail();
        m.recordFailure("timeout", T0);
        m.recordSent(T0.plusSeconds(90));
        assertThat(m.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(m.getAttempts()).isEqualTo(2);
        assertThat(m.getSentAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(m.isDeliverable(MAX)).isFalse();
        assertThatThrownBy(() -> m.recordSent(T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.recordFailure("x", T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLongErrorIsCutAndAMissingOneSaysSo() {
        OutboundMail m = mail();
        m.recordFailure("x".repeat(5000), T0);
        assertThat(m.getLastError()).hasSize(OutboundMail.MAX_ERROR_LENGTH);
        OutboundMail n = mail();
        n.recordFailure(null, T0);
        assertThat(n.getLastError()).isEqualTo("unknown error");
    }

    @Test
    void aMailNeedsAnAddress() {
        assertThatThrownBy(() -> new OutboundMail(7, " ", "ko", new MailComposer.ComposedMail("s", "b"), null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnreachableMailServerUsesUpNoAttemptAndTheMailWaitsAMinute() {
        OutboundMail m = mail();
        for (int i = 0; i < 100; i++) { // an outage of 100 minutes: one knock a minute
            m.recordServerUnreachable("MailConnectException: Couldn't connect to host", T0.plus(Duration.ofMinutes(i)));
        }
        assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(m.getAttempts()).isZero();
        assertThat(m.isDeliverable(MAX)).isTrue();
        assertThat(m.getLastError()).startsWith("MailConnectException");
        assertThat(m.getNextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(100)));
        m.recordSent(T0.plus(Duration.ofMinutes(101)));
        assertThat(m.getAttempts()).isOne();
        assertThatThrownBy(() -> m.recordServerUnreachable("late", T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOutageAfterARealFailureKeepsTheFailureCount() {
        OutboundMail m = mail();
        m.recordFailure("SMTPSendFailedException: 451 try later", T0);
        m.recordServerUnreachable("MailConnectException", T0.plus(Duration.ofMinutes(1)));
        assertThat(m.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(m.getAttempts()).isOne();
    }
}
