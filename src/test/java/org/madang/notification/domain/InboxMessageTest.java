package org.madang.notification.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.notification.Notice;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An inbox message: read and unread, whose it is, and where it may link to. */
class InboxMessageTest {
    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");

    private static InboxMessage message(String link) {
        return InboxMessage.of(new Notice(42, "a.subject", "a.body", List.of("x", "y"), link, "services"), T0);
    }

    @Test
    void aNoticeArrivesUnreadWithItsKeysAndArguments() {
        InboxMessage m = message("/my/applications/12");
        assertThat(m.isUnread()).isTrue();
        assertThat(m.belongsTo(42)).isTrue();
        assertThat(m.belongsTo(43)).isFalse();
        assertThat(m.getArguments()).containsExactly("x", "y");
        assertThat(m.getCategory()).isEqualTo("services");
        assertThat(m.getCreatedAt()).isEqualTo(T0);
    }

    @Test
    void readingTwiceKeepsTheFirstTimeAndUnreadingClearsIt() {
        InboxMessage m = message(null);
        m.markRead(T0.plusSeconds(60));
        m.markRead(T0.plusSeconds(120));
        assertThat(m.getReadAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(m.isUnread()).isFalse();
        m.markUnread();
        assertThat(m.isUnread()).isTrue();
        assertThat(m.getReadAt()).isNull();
    }

    @Test
    void aLinkLeadsInsideThePortalOnly() {
        assertThat(message("/verify/").getLink()).isEqualTo("/verify/");
        for (String bad : new String[]{"//evil.example/", "/\\evil.example", "/a b", "/" + "x".repeat(500)}) {
            assertThatThrownBy(() -> message(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
