package org.madang.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.madang.platform.error.InvalidInput;
import org.madang.voting.domain.belenios.Question;

import java.util.Arrays;
import java.util.List;

/** One question of an election: the voter picks between min and max of the answers. */
@Embeddable
public class ElectionQuestion {
    static final int MAX_ANSWERS = 30;

    @Column(name = "question", nullable = false, length = 500)
    private String question;
    /** One answer per line: answers never contain a line break (checked when added). */
    @Column(name = "answers", nullable = false)
    private String answers;
    @Column(name = "min_answers", nullable = false)
    private int minAnswers;
    @Column(name = "max_answers", nullable = false)
    private int maxAnswers;

    protected ElectionQuestion() {
    }

    public ElectionQuestion(String question, List<String> answers, int min, int max) {
        if (question == null || question.isBlank() || question.length() > 500) {
            throw new InvalidInput("voting.question.textRequired").onField("questionText");
        }
        List<String> clean = answers == null ? List.of()
                : answers.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        if (clean.size() < 2 || clean.size() > MAX_ANSWERS) {
            throw new InvalidInput("voting.question.answerCount", MAX_ANSWERS).onField("questionAnswers");
        }
        if (clean.stream().distinct().count() != clean.size()) {
            throw new InvalidInput("voting.question.duplicateAnswer").onField("questionAnswers");
        }
        if (min < 0 || max < 1 || min > max || max > clean.size()) {
            throw new InvalidInput("voting.question.range", clean.size()).onField("questionMax");
        }
        this.question = question.strip();
        this.answers = String.join("\n", clean);
        this.minAnswers = min;
        this.maxAnswers = max;
    }

    public String getQuestion() {
        return question;
    }

    public List<String> getAnswers() {
        return Arrays.asList(answers.split("\n"));
    }

    public int getMinAnswers() {
        return minAnswers;
    }

    public int getMaxAnswers() {
        return maxAnswers;
    }

    /** The question as Belenios writes it in election.json (no blank vote). */
    public Question toBelenios() {
        return Question.of(question, getAnswers(), minAnswers, maxAnswers);
    }
}
