package org.madang.platform.changes;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The change notices' wire format: what one instance writes, another reads back, and nothing else. */
class ChangeNoticeTest {
    private static final String SENDER = "host-1/defaultServer/madang/1a2b3c4d";

    @Test
    void aNoticeReadsBackAsWritten() {
        ChangeNotice n = new ChangeNotice(SENDER, 1_765_000_000_123L, "kept-pages", Set.of("voting", "services.catalogue"));
        String payload = n.format();
        assertThat(payload).startsWith("1 " + SENDER + " 1765000000123 kept-pages ");
        assertThat(ChangeNotice.parse(payload)).contains(n);
        assertThat(n.payloads()).hasSize(1);
        assertThat(ChangeNotice.parse(n.payloads().get(0))).contains(n);
    }

    @Test
    void anythingElseOnTheChannelIsIgnored() {
        assertThat(ChangeNotice.parse(null)).isEmpty();
        assertThat(ChangeNotice.parse("")).isEmpty();
        assertThat(ChangeNotice.parse("hello")).isEmpty();
        assertThat(ChangeNotice.parse("2 " + SENDER + " 1 kept-pages voting")).as("another version").isEmpty();
        assertThat(ChangeNotice.parse("1 " + SENDER + " soon kept-pages voting")).as("not a time").isEmpty();
        assertThat(ChangeNotice.parse("1 " + SENDER + " 1 kept-pages ")).as("no names").isEmpty();
        assertThat(ChangeNotice.parse("1 " + SENDER + " 1 kept-pages voting,,forum")).as("an empty name").isEmpty();
        assertThat(ChangeNotice.parse("1 " + SENDER + " 1 kept-pages voting,voting")).as("a name twice").isEmpty();
        assertThat(ChangeNotice.parse("1 " + SENDER + " 1 kept-pages <script>")).isEmpty();
        assertThat(ChangeNotice.parse("1 " + SENDER + " 1 kept pages voting")).as("a space too many").isEmpty();
    }

    @Test
    void onlyIdentifiersAreSent() {
        assertThatThrownBy(() -> ChangeNotice.requireName("what someone typed")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChangeNotice.requireName("a,b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChangeNotice.requireName("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChangeNotice.requireName(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChangeNotice.requireName("forum.petitions")).isEqualTo("forum.petitions");
        assertThatThrownBy(() -> new ChangeNotice(SENDER, 1, "kept-pages", Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongListGoesOutInSeveralNoticesEachUnderPostgresqlsLimit() {
        Set<String> names = IntStream.range(0, 5_000).mapToObj(i -> "account:" + (10_000_000L + i)).collect(Collectors.toSet());
        ChangeNotice n = new ChangeNotice(SENDER, 1, "notification.inbox", names);

        List<String> payloads = n.payloads();
        assertThat(payloads).hasSizeGreaterThan(1);
        Set<String> back = new HashSet<>();
        for (String p : payloads) {
            assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000);
            ChangeNotice part = ChangeNotice.parse(p).orElseThrow();
            assertThat(part.topic()).isEqualTo("notification.inbox");
            back.addAll(part.names());
        }
        assertThat(back).isEqualTo(names);
    }
}
