package org.madang.audit.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.integrity.ChainReport;
import org.madang.platform.integrity.HashChain;
import org.madang.platform.integrity.HashChain.Link;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Chain verification as the auditor's "verify chain" runs it: the walk plus the head check. */
class ChainReportTest {
    private final AuditChainHead head = AuditChainHead.empty();
    private final List<Link> links = new ArrayList<>();

    private void append(int n) {
        for (int i = 0; i < n; i++) {
            links.add(head.append(Instant.parse("2026-11-27T00:00:00Z").plusSeconds(i), "actor" + i, "ADMIN",
                    "thing.do", "thing:" + i, "SUCCESS").link());
        }
    }

    private ChainReport verify() {
        return ChainReport.verify(links, head.getLastSequence(), head.getLastHash());
    }

    @Test
    void anEmptyChainIsIntact() {
        assertThat(ChainReport.verify(List.of(), 0, HashChain.GENESIS)).isEqualTo(ChainReport.intact(0));
    }

    @Test
    void anUntouchedChainIsIntactWithEveryRecordCounted() {
        append(5);
        assertThat(verify()).isEqualTo(ChainReport.intact(5));
    }

    @Test
    void editedContentIsReportedAtTheEditedRecord() {
        append(5);
        Link l = links.get(2);
        links.set(2, new Link(l.sequence(), l.previousHash(), l.hash(), l.canonicalContent().replace("actor2", "actor9")));

        assertThat(verify()).isEqualTo(ChainReport.broken(2, 3, ChainReport.Problem.CONTENT_HASH));
    }

    @Test
    void aRecordRehashedAfterEditingBreaksTheNextRecordsBackPointer() {
        append(5);
        Link l = links.get(2);
        String forged = l.canonicalContent().replace("actor2", "actor9");
        links.set(2, new Link(l.sequence(), l.previousHash(), HashChain.link(l.previousHash(), forged), forged));

        assertThat(verify()).isEqualTo(ChainReport.broken(3, 4, ChainReport.Problem.PREVIOUS_HASH));
    }

    @Test
    void aTamperedBackPointerIsReportedAtItsRecord() {
        append(5);
        Link l = links.get(3);
        links.set(3, new Link(l.sequence(), "f".repeat(64), l.hash(), l.canonicalContent()));

        assertThat(verify()).isEqualTo(ChainReport.broken(3, 4, ChainReport.Problem.PREVIOUS_HASH));
    }

    @Test
    void reorderedRecordsAreReportedAtTheFirstOutOfPlace() {
        append(5);
        Link second = links.get(1);
        links.set(1, links.get(2));
        links.set(2, second);

        assertThat(verify()).isEqualTo(ChainReport.broken(1, 3, ChainReport.Problem.PREVIOUS_HASH));
    }

    @Test
    void aRemovedRecordIsReportedAtItsSuccessor() {
        append(5);
        links.remove(1);

        assertThat(verify()).isEqualTo(ChainReport.broken(1, 3, ChainReport.Problem.PREVIOUS_HASH));
    }

    @Test
    void aCutOffTailIsCaughtByTheHead() {
        append(5);
        links.remove(4);
        links.remove(3);

        assertThat(verify()).isEqualTo(ChainReport.broken(3, 4, ChainReport.Problem.MISSING_RECORDS));
    }

    @Test
    void aReplacedLastRecordIsCaughtByTheHead() {
        append(3);
        Link l = links.get(2);
        String forged = l.canonicalContent().replace("actor2", "actor9");
        links.set(2, new Link(l.sequence(), l.previousHash(), HashChain.link(l.previousHash(), forged), forged));

        assertThat(verify()).isEqualTo(ChainReport.broken(2, 3, ChainReport.Problem.HEAD_MISMATCH));
    }
}
