package org.madang.privacy.domain;

import org.madang.platform.integrity.ChainReport;
import org.junit.jupiter.api.Test;
import org.madang.platform.integrity.HashChain;
import org.madang.platform.privacy.PersonalDataRead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessLogEntryTest {
    private static final Instant T = Instant.parse("2026-11-27T01:02:03.987654321Z");

    private static PersonalDataRead read(long subject, List<String> fields, String purpose, String reference) {
        return new PersonalDataRead(subject, "17", "김감사", "ADMIN", 4L, fields, purpose, reference, T);
    }

    @Test
    void theCanonicalFormHoldsEveryColumnWithSequenceAndUtcTime() {
        AccessLogEntry e = AccessLogHead.empty().append(read(42, List.of("name", "email"), "purpose.admin.account", null));

        assertThat(e.getSequence()).isEqualTo(1);
        assertThat(e.getPreviousHash()).isEqualTo(HashChain.GENESIS);
        assertThat(e.canonical()).isEqualTo("1:1;27:2026-11-27T01:02:03.987654Z;2:42;2:17;3:김감사;5:ADMIN;1:4;"
                + "10:name,email;21:purpose.admin.account;0:;");
        assertThat(e.getHash()).isEqualTo(HashChain.link(HashChain.GENESIS, e.canonical()));
        assertThat(e.fieldList()).containsExactly("name", "email");
    }

    @Test
    void anAnonymousReaderWithoutDepartmentOrNameIsStillRecorded() {
        PersonalDataRead r = new PersonalDataRead(42, "anonymous", null, "ANONYMOUS", null, List.of(), "purpose.x",
                "APP-1", T);
        AccessLogEntry e = AccessLogHead.empty().append(r);

        assertThat(e.getActorName()).isEmpty();
        assertThat(e.getActorDepartmentId()).isNull();
        assertThat(e.fieldList()).isEmpty();
        assertThat(e.getPurposeReference()).isEqualTo("APP-1");
    }

    @Test
    void aReadWithoutPurposeOrWithAnAmbiguousFieldNameIsRefused() {
        AccessLogHead head = AccessLogHead.empty();
        assertThatThrownBy(() -> head.append(read(1, List.of("name"), " ", null))).hasMessageContaining("purposeKey");
        assertThatThrownBy(() -> head.append(read(1, List.of("a,b"), "p", null))).hasMessageContaining("field");
        assertThatThrownBy(() -> head.append(read(1, List.of(""), "p", null))).hasMessageContaining("field");
        assertThat(head.getLastSequence()).isZero();
    }

    @Test
    void theChainVerifiesAndAnEditedEntryIsTheFirstBrokenLink() {
        AccessLogHead head = AccessLogHead.empty();
        List<HashChain.Link> links = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            links.add(head.append(read(100 + i, List.of("name"), "purpose.admin.account", null)).link());
        }
        assertThat(ChainReport.verify(links, head.getLastSequence(), head.getLastHash()))
                .isEqualTo(ChainReport.intact(4));

        HashChain.Link l = links.get(1);
        links.set(1, new HashChain.Link(l.sequence(), l.previousHash(), l.hash(),
                l.canonicalContent().replace("3:101;", "3:999;")));
        assertThat(ChainReport.verify(links, head.getLastSequence(), head.getLastHash()))
                .isEqualTo(ChainReport.broken(1, 2, ChainReport.Problem.CONTENT_HASH));
    }

    @Test
    void anEmptyLogIsIntactAndACutOffTailIsNot() {
        assertThat(ChainReport.verify(List.of(), 0, HashChain.GENESIS)).isEqualTo(ChainReport.intact(0));

        AccessLogHead head = AccessLogHead.empty();
        HashChain.Link first = head.append(read(1, List.of("name"), "p", null)).link();
        head.append(read(2, List.of("name"), "p", null));
        assertThat(ChainReport.verify(List.of(first), head.getLastSequence(), head.getLastHash()))
                .isEqualTo(ChainReport.broken(1, 2, ChainReport.Problem.MISSING_RECORDS));
    }
}
