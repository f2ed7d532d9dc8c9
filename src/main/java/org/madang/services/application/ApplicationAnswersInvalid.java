package org.madang.services.application;

import org.madang.platform.error.InvalidInput;

import java.io.Serializable;
import java.util.List;

/**
 * Submission refused because answers break the service's form: every problem at once, each tied
 * to its question, so the page can show them all beside their fields. {@link #field()} is the first.
 */
public class ApplicationAnswersInvalid extends InvalidInput {
    private static final long serialVersionUID = 1L;

    /**
     * One problem: the question's key, the message key (arguments: the question's Korean label,
     * its English label, then the rule's own value such as a length).
     */
    public record Problem(String fieldKey, String messageKey, List<String> arguments) implements Serializable {
        public Problem {
            arguments = List.copyOf(arguments);
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    private final List<Problem> problems;

    public ApplicationAnswersInvalid(List<Problem> problems) {
        super("services.application.answers.invalid", problems.size());
        this.problems = List.copyOf(problems);
        onField(problems.get(0).fieldKey());
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems.stream().map(p -> new FieldProblem(p.fieldKey(), p.messageKey(), p.args())).toList();
    }

    /** Names the questions and rules in logs (the page shows the translated messages). */
    @Override
    public String getMessage() {
        return super.getMessage() + " " + problems.stream().map(p -> p.fieldKey() + ":" + p.messageKey()).toList();
    }
}
