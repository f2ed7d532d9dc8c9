package org.madang.notification;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.AccountDirectory;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.RegistrationForm;
import org.madang.identity.domain.Region;
import org.madang.notification.application.Inbox;
import org.madang.notification.application.InboxEntry;
import org.madang.notification.application.MailDelivery;
import org.madang.notification.domain.MailComposer;
import org.madang.notification.domain.MailStatus;
import org.madang.notification.domain.OutboundMail;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.notification.Notice;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.GreenMailbox;
import org.madang.testsupport.incontainer.Callers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notices inside the running server, end to end: the inbox row in the notifying transaction, the
 * e-mail after it commits, read back from the test mail server (GreenMail, over IMAP) in the
 * recipient's language; nothing at all for a transaction that rolls back; a failed delivery kept
 * visible and retried, up to the allowed attempts; and the inbox service answering its owner only.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationArquillianIT {
    private static final String PASSWORD = "Inbox!Probe2026";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    NoticeProbe probe;
    @Inject
    AccountDirectory directory;
    @Inject
    AccountRegistration registration;
    @Inject
    MailDelivery delivery;
    @Inject
    Inbox inbox;
    @Inject
    Callers callers;
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L + SEQ.incrementAndGet();
    }

    private static Notice approved(long accountId, String business) {
        return new Notice(accountId, "notification.demo.mandateApproved.subject", "notification.demo.mandateApproved.body",
                List.of(business, "220-81-12341"), "/my/business.xhtml", "account");
    }

    private long register(String name, String email, String language) {
        RegistrationForm f = new RegistrationForm();
        f.setName(name);
        f.setEmail(email);
        f.setPassword(PASSWORD);
        f.setPasswordConfirmation(PASSWORD);
        f.setBirthDate(LocalDate.of(1991, 3, 1));
        f.setRegion(Region.SEOUL);
        f.setLanguage(language);
        return registration.register(f).accountId();
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private Map<String, Object> mailRow(long id) {
        Object[] r = (Object[]) em.createNativeQuery("select status, attempts, last_error, next_attempt_at, to_address"
                + " from outbound_mail where id = ?1").setParameter(1, id).getSingleResult();
        return Map.of("status", r[0], "attempts", ((Number) r[1]).intValue(), "lastError", String.valueOf(r[2]),
                "nextAttemptAt", r[3], "to", r[4]);
    }

    private static int maxAttempts() {
        return ConfigProvider.getConfig().getOptionalValue("MADANG_MAIL_MAX_ATTEMPTS", Integer.class).orElse(5);
    }

    @Test
    void aNoticeForADemoAccountLandsInTheInboxAndArrivesByMailInEnglish() throws Exception {
        String email = "citizen.en@madang.go.kr";
        long id = directory.accountIdOf(email).orElseThrow();
        String business = unique("Probe Trading ");
        probe.fire(approved(id, business));

        assertThat(count("select count(*) from inbox_message where account_id = ?1 and ?2 = any(arguments)"
                + " and read_at is null and link = '/my/business.xhtml'", id, business)).isOne();
        var mail = GreenMailbox.await(email, business, MAIL_WAIT).orElseThrow(
                () -> new AssertionError("no mail for " + business + " within " + MAIL_WAIT));
        assertThat(mail.subject()).isEqualTo("[Madang] You may now act for " + business);
        assertThat(mail.contentLanguage()).isEqualTo("en");
        assertThat(mail.from()).isEqualTo("Madang <no-reply@madang.go.kr>");
        assertThat(mail.to()).isEqualTo(email);
        assertThat(mail.body()).startsWith("Dear Emily Carter,")
                .contains("act for " + business + " (business registration number 220-81-12341) was approved")
                .contains("/my/business.xhtml").contains("/my/inbox.xhtml");
        assertThat(count("select count(*) from outbound_mail where recipient_account_id = ?1 and status = 'SENT'"
                + " and attempts = 1 and language = 'en' and subject like ?2", id, "%" + business)).isOne();
    }

    @Test
    void aKoreanSpeakerGetsTheMailInKorean() throws Exception {
        String email = unique("hangul.") + "@it.example.kr";
        long id = register("한글 시민", email, "ko");
        String business = unique("마당상회");
        probe.fire(approved(id, business));

        var mail = GreenMailbox.await(email, business, MAIL_WAIT).orElseThrow();
        assertThat(mail.subject()).isEqualTo("[마당] " + business + " 대리 권한이 승인되었습니다");
        assertThat(mail.contentLanguage()).isEqualTo("ko");
        assertThat(mail.from()).as("the sender's name in Korean").isEqualTo("마당 <no-reply@madang.go.kr>");
        assertThat(mail.body()).startsWith("한글 시민 님, 안녕하세요.").contains(business + "(사업자등록번호 220-81-12341)");
    }

    @Test
    void aRolledBackChangeLeavesNoMessageAndSendsNoMail() throws Exception {
        String email = unique("rollback.") + "@it.example.kr";
        long id = register("되돌림 시험", email, "ko");
        String lost = unique("취소된상회");
        assertThatThrownBy(() -> probe.fireAndFail(approved(id, lost), lost))
                .isInstanceOfSatisfying(ProbeFailure.class,
                        f -> assertThat(f.inboxMessagesSeenInside()).as("inside the transaction").isOne());
        assertThat(count("select count(*) from inbox_message where account_id = ?1", id)).isZero();
        assertThat(count("select count(*) from outbound_mail where recipient_account_id = ?1", id)).isZero();

        // a later committed notice arrives; the rolled-back one, which would have gone first, never does
        String kept = unique("확정된상회");
        probe.fire(approved(id, kept));
        assertThat(GreenMailbox.await(email, kept, MAIL_WAIT)).isPresent();
        assertThat(GreenMailbox.all(email)).extracting(GreenMailbox.Received::subject)
                .singleElement().asString().contains(kept).doesNotContain(lost);
    }

    @Test
    void aFailedDeliveryIsKeptVisibleAndRetriedUntilItGoesThrough() throws Exception {
        long account = directory.accountIdOf("citizen@madang.go.kr").orElseThrow();
        String token = unique("retry-");
        long mailId = probe.enqueue(new OutboundMail(account, "not-an-address", "ko",
                new MailComposer.ComposedMail("[마당] 재시도 " + token, "본문"), null, Instant.now()));

        assertThat(delivery.attempt(mailId)).contains(MailStatus.FAILED);
        Map<String, Object> failed = mailRow(mailId);
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat((String) failed.get("lastError")).startsWith("AddressException: ");

        // the address is put right; the retry (ours, or a timer's: the row lock lets only one send) delivers it
        String repaired = unique("repaired.") + "@it.example.kr";
        probe.repairAndMakeDue(mailId, repaired);
        delivery.retryDue();
        // in the test's own thread: the container's EntityManager and transaction context live there
        await().atMost(MAIL_WAIT).pollInterval(Duration.ofMillis(250)).pollInSameThread()
                .untilAsserted(() -> assertThat(mailRow(mailId)).containsEntry("status", "SENT"));
        assertThat(mailRow(mailId)).containsEntry("attempts", 2);
        assertThat(GreenMailbox.await(repaired, token, MAIL_WAIT)).isPresent();
        assertThat(GreenMailbox.all(repaired)).hasSize(1);
    }

    @Test
    void afterTheLastAllowedAttemptAMailStaysFailed() throws Exception {
        long account = directory.accountIdOf("citizen@madang.go.kr").orElseThrow();
        int max = maxAttempts();
        OutboundMail mail = new OutboundMail(account, "still wrong", "ko",
                new MailComposer.ComposedMail("[마당] 포기 " + unique("x"), "본문"), null, Instant.now());
        for (int i = 1; i < max; i++) {
            mail.recordFailure("earlier failure " + i, Instant.now());
        }
        long mailId = probe.enqueue(mail);

        assertThat(delivery.attempt(mailId)).contains(MailStatus.FAILED);
        assertThat(mailRow(mailId)).containsEntry("attempts", max);
        assertThat(delivery.attempt(mailId)).as("no attempt beyond the last").contains(MailStatus.FAILED);
        probe.repairAndMakeDue(mailId, unique("late.") + "@it.example.kr");
        delivery.retryDue();
        assertThat(mailRow(mailId)).containsEntry("attempts", max).containsEntry("status", "FAILED");
    }

    @Test
    void theInboxAnswersItsOwnerOnly() throws Exception {
        String email = unique("owner.") + "@it.example.kr";
        long id = register("Inbox Owner", email, "en");
        String business = unique("Owner Goods ");
        probe.fire(approved(id, business));
        long messageId = count("select id from inbox_message where account_id = ?1 and ?2 = any(arguments)", id, business);

        callers.signIn(email, PASSWORD);
        List<InboxEntry> mine = inbox.mine("en");
        assertThat(mine).first().satisfies(e -> {
            assertThat(e.id()).isEqualTo(messageId);
            assertThat(e.subject()).isEqualTo("You may now act for " + business);
            assertThat(e.unread()).isTrue();
        });
        assertThat(inbox.mine("ko").get(0).subject()).as("the inbox follows the reader's language")
                .isEqualTo(business + " 대리 권한이 승인되었습니다");
        assertThat(inbox.unreadCount()).isOne();
        assertThat(inbox.open(messageId, "en").paragraphs()).hasSize(1);
        assertThat(inbox.unreadCount()).isZero();
        inbox.markUnread(messageId);
        assertThat(inbox.unreadCount()).isOne();
        assertThat(inbox.inboxOf(id)).extracting(InboxEntry::id).containsExactly(messageId);
        callers.signOut();

        callers.signIn("citizen@madang.go.kr", "Madang!2026");
        assertThatThrownBy(() -> inbox.open(messageId, "ko")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> inbox.markUnread(messageId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> inbox.inboxOf(id)).isInstanceOf(Forbidden.class);
        assertThat(inbox.mine("ko")).extracting(InboxEntry::id).doesNotContain(messageId);
    }

    @Test
    void theDemoCitizensFindNoticesInTheirInbox() {
        long resident = directory.accountIdOf("resident@madang.go.kr").orElseThrow();
        assertThat(count("select count(*) from inbox_message where account_id = ?1"
                + " and subject_key = 'notification.demo.welcome.subject'", resident)).isOne();
        assertThat(count("select count(*) from outbound_mail where recipient_account_id = ?1", resident))
                .as("each demo notice was e-mailed too").isGreaterThanOrEqualTo(3);
    }
}
