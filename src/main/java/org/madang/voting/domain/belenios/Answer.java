package org.madang.voting.domain.belenios;

import java.util.List;

/**
 * The encrypted answer to one question: one ciphertext per choice, a 0/1 proof for each, an
 * overall proof that the number of chosen answers is within [min, max], and with blank voting a
 * blank proof (then the overall proof has max - min + 2 parts).
 */
public record Answer(List<Ciphertext> choices, List<List<Proof>> individualProofs, List<Proof> overallProof,
                     List<Proof> blankProof) {

    public Answer {
        choices = List.copyOf(choices);
        individualProofs = individualProofs.stream().map(List::copyOf).toList();
        overallProof = List.copyOf(overallProof);
        blankProof = blankProof == null ? null : List.copyOf(blankProof);
    }

    public Json toJson() {
        return Json.object()
                .put("choices", Ciphertext.listToJson(choices))
                .put("individual_proofs", Json.arr(individualProofs.stream().map(Proof::listToJson).toList()))
                .put("overall_proof", Proof.listToJson(overallProof))
                .put("blank_proof", blankProof == null ? null : Proof.listToJson(blankProof))
                .build();
    }

    public static Answer fromJson(Json v) {
        Decode.Fields f = Decode.fields(v, "answer");
        List<Ciphertext> choices = Ciphertext.listFromJson(f.required("choices"));
        List<List<Proof>> individual = Decode.list(f.required("individual_proofs"), "individual_proofs",
                Proof::listFromJson);
        List<Proof> overall = Proof.listFromJson(f.required("overall_proof"));
        Json blank = f.optional("blank_proof");
        f.end();
        return new Answer(choices, individual, overall, blank == null ? null : Proof.listFromJson(blank));
    }
}
