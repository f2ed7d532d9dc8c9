package org.madang.voting.domain.belenios;

import java.util.List;

/**
 * A homomorphic question: choose between min and max of the answers, optionally with a blank
 * vote (then choice 0 of every answer vector means "blank" and the others follow).
 */
public record Question(List<String> answers, Boolean blank, int min, int max, String question) {

    public Question {
        answers = List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new BeleniosException(FailureCode.BAD_ELECTION, "a question needs at least one answer");
        }
        if (min < 0 || max < min || max > answers.size()) {
            throw new BeleniosException(FailureCode.BAD_ELECTION,
                    "question bounds must satisfy 0 <= min <= max <= number of answers");
        }
    }

    public static Question of(String question, List<String> answers, int min, int max) {
        return new Question(answers, null, min, max, question);
    }

    public boolean hasBlank() {
        return Boolean.TRUE.equals(blank);
    }

    /** Number of ciphertexts in an answer to this question (one more when blank is allowed). */
    public int choiceCount() {
        return answers.size() + (hasBlank() ? 1 : 0);
    }

    public Json toJson() {
        return Json.object()
                .put("answers", Json.arr(answers.stream().map(Json::str).toList()))
                .put("blank", blank == null ? null : new Json.Bool(blank))
                .put("min", min)
                .put("max", max)
                .put("question", question)
                .build();
    }

    public static Question fromJson(Json v) {
        if (v instanceof Json.Obj o && o.get("type") != null) {
            throw new BeleniosException(FailureCode.UNSUPPORTED, "only homomorphic questions are supported");
        }
        Decode.Fields f = Decode.fields(v, "question");
        List<String> answers = Decode.list(f.required("answers"), "answers", a -> Decode.string(a, "answer"));
        Json blankJson = f.optional("blank");
        Boolean blank = blankJson == null ? null : Decode.bool(blankJson, "blank");
        int min = Decode.smallInt(f.required("min"), "min");
        int max = Decode.smallInt(f.required("max"), "max");
        String question = Decode.string(f.required("question"), "question");
        f.end();
        return new Question(answers, blank, min, max, question);
    }
}
