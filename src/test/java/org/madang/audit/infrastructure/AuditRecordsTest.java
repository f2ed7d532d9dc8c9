package org.madang.audit.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRecordsTest {
    @Test
    void likePatternsTakeTheUsersWildcardsLiterally() {
        assertThat(AuditRecords.contains("50%_a!")).isEqualTo("%50!%!_a!!%");
        assertThat(AuditRecords.contains("Account")).isEqualTo("%account%");
    }
}
