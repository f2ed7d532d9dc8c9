package org.madang.voting.domain.belenios;

import java.util.List;

/** The encrypted tally: for each question, for each choice, the product of the counted ciphertexts. */
public record EncryptedTally(List<List<Ciphertext>> ciphertexts) {

    public EncryptedTally {
        ciphertexts = ciphertexts.stream().map(List::copyOf).toList();
    }

    public Json toJson() {
        return Json.arr(ciphertexts.stream().map(Ciphertext::listToJson).toList());
    }

    public String toCanonicalJson() {
        return JsonWriter.write(toJson());
    }

    public static EncryptedTally parse(String json) {
        return new EncryptedTally(Decode.list(Json.parseCanonical(json), "encrypted tally", Ciphertext::listFromJson));
    }

    /** Same number of questions and of choices per question as the election. */
    public boolean fits(Election e) {
        if (ciphertexts.size() != e.questions().size()) {
            return false;
        }
        for (int i = 0; i < ciphertexts.size(); i++) {
            if (ciphertexts.get(i).size() != e.questions().get(i).choiceCount()) {
                return false;
            }
        }
        return true;
    }
}
