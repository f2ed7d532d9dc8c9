package org.madang.audit.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.integrity.HashChain;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditRecordTest {
    private static final Instant T = Instant.parse("2026-11-27T01:02:03.123456789Z");

    @Test
    void theFirstRecordLinksToGenesisAndHashesItsCanonicalContent() {
        AuditRecord r = AuditChainHead.empty().append(T, "42", "ADMIN", "account.lock", "account:7", "SUCCESS");

        assertThat(r.getSequence()).isEqualTo(1);
        assertThat(r.getPreviousHash()).isEqualTo(HashChain.GENESIS);
        assertThat(r.getHash()).isEqualTo(HashChain.link(HashChain.GENESIS, r.canonical()));
    }

    @Test
    void theCanonicalFormHoldsEveryFieldWithSequenceAndUtcTimeToTheMicrosecond() {
        AuditRecord r = AuditChainHead.empty().append(T, "42", "ADMIN", "account.lock", "account:7", "SUCCESS");

        assertThat(r.canonical()).isEqualTo(
                "1:1;27:2026-11-27T01:02:03.123456Z;2:42;5:ADMIN;12:account.lock;9:account:7;7:SUCCESS;");
        // PostgreSQL keeps microseconds: what is hashed must be what comes back
        assertThat(r.getOccurredAt()).isEqualTo(Instant.parse("2026-11-27T01:02:03.123456Z"));
    }

    @Test
    void aWholeSecondIsWrittenWithItsSixZeroDigitsSoTheFormHasOneSpelling() {
        AuditRecord r = AuditChainHead.empty().append(Instant.parse("2026-01-01T00:00:00Z"), "a", "R", "x", "t", "SUCCESS");

        assertThat(r.canonical()).contains("2026-01-01T00:00:00.000000Z");
    }

    @Test
    void aMissingTargetIsRecordedAsADash() {
        AuditRecord r = AuditChainHead.empty().append(T, "anonymous", "ANONYMOUS", "x", null, "ERROR:IllegalStateException");

        assertThat(r.getTarget()).isEqualTo(AuditRecord.NO_TARGET);
        assertThat(r.outcomeKind()).isEqualTo(OutcomeKind.ERROR);
    }

    @Test
    void requiredFieldsAndLengthsAreGuarded() {
        AuditChainHead head = AuditChainHead.empty();
        assertThatThrownBy(() -> head.append(T, " ", "R", "x", "t", "SUCCESS")).hasMessageContaining("actor");
        assertThatThrownBy(() -> head.append(T, "a", null, "x", "t", "SUCCESS")).hasMessageContaining("actorRole");
        assertThatThrownBy(() -> head.append(T, "a", "R", "", "t", "SUCCESS")).hasMessageContaining("action");
        assertThatThrownBy(() -> head.append(T, "a", "R", "x", "t", null)).hasMessageContaining("outcome");
        assertThatThrownBy(() -> head.append(null, "a", "R", "x", "t", "SUCCESS")).hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> head.append(T, "a", "R", "x".repeat(201), "t", "SUCCESS"))
                .hasMessageContaining("longer than 200");
        assertThat(head.getLastSequence()).as("a refused record does not move the head").isZero();
    }

    @Test
    void theHeadHandsOutConsecutiveSequencesEachLinkedToItsPredecessor() {
        AuditChainHead head = AuditChainHead.empty();
        AuditRecord a = head.append(T, "1", "R", "x", "t", "SUCCESS");
        AuditRecord b = head.append(T, "1", "R", "x", "t", "SUCCESS");

        assertThat(b.getSequence()).isEqualTo(2);
        assertThat(b.getPreviousHash()).isEqualTo(a.getHash());
        assertThat(b.getHash()).as("the same content at another place hashes differently").isNotEqualTo(a.getHash());
        assertThat(head.getLastSequence()).isEqualTo(2);
        assertThat(head.getLastHash()).isEqualTo(b.getHash());
    }

    @Test
    void outcomesAreSortedIntoTheirKinds() {
        assertThat(OutcomeKind.of("SUCCESS")).isEqualTo(OutcomeKind.SUCCESS);
        assertThat(OutcomeKind.of("REFUSED:identity.account.locked")).isEqualTo(OutcomeKind.REFUSED);
        assertThat(OutcomeKind.detail("REFUSED:identity.account.locked")).isEqualTo("identity.account.locked");
        assertThat(OutcomeKind.of("SUCCESSFUL")).isNull();
        assertThat(OutcomeKind.detail("SUCCESS")).isEmpty();
    }
}
