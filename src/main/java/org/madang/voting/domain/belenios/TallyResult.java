package org.madang.voting.domain.belenios;

/** The encrypted tally with the counts Belenios stores next to it in the archive. */
public record TallyResult(EncryptedTally tally, int numTallied, long totalWeight) {

    /** {@code {"num_tallied":n,"total_weight":w,"encrypted_tally":"<hash>"}}, the EncryptedTally event payload. */
    public String sizedJson(String encryptedTallyHash) {
        return JsonWriter.write(Json.object()
                .put("num_tallied", numTallied)
                .put("total_weight", totalWeight)
                .put("encrypted_tally", encryptedTallyHash)
                .build());
    }
}
