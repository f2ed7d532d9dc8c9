package org.madang.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.madang.voting.domain.belenios.ElectionResult;
import org.madang.voting.domain.belenios.EncryptedTally;
import org.madang.voting.domain.belenios.TallyResult;

import java.time.Instant;

/**
 * The counting part of an election, empty until closing: the encrypted tally with its counts, then
 * the result. Kept in the canonical JSON the archive publishes, so that the archive rebuilt from
 * these columns is byte for byte the one trustees decrypted.
 */
@Embeddable
public class ElectionCount {
    @Column(name = "encrypted_tally")
    private String encryptedTally;
    @Column(name = "num_tallied")
    private Integer numTallied;
    @Column(name = "total_weight")
    private Long totalWeight;
    @Column(name = "tallied_at")
    private Instant talliedAt;
    @Column(name = "result_json")
    private String resultJson;
    @Column(name = "finished_at")
    private Instant finishedAt;

    void tallied(TallyResult tally, Instant now) {
        this.encryptedTally = tally.tally().toCanonicalJson();
        this.numTallied = tally.numTallied();
        this.totalWeight = tally.totalWeight();
        this.talliedAt = now;
    }

    void published(ElectionResult result, Instant now) {
        this.resultJson = result.toCanonicalJson();
        this.finishedAt = now;
    }

    TallyResult tally() {
        return encryptedTally == null ? null
                : new TallyResult(EncryptedTally.parse(encryptedTally), numTallied, totalWeight);
    }

    ElectionResult result() {
        return resultJson == null ? null : ElectionResult.parse(resultJson);
    }

    Instant talliedAt() {
        return talliedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }
}
