package org.madang.platform.error;

import jakarta.ejb.ApplicationException;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The one root of every expected failure a person can cause or meet. It carries a key of the
 * {@code messages} bundle and its arguments, never a sentence, so each viewer reads it in their
 * language. Thrown from an EJB it rolls the transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final Serializable[] arguments;

    protected BusinessException(String messageKey, Serializable... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The input field the failure belongs to, if any (lets the page show the message beside it). */
    public String field() {
        return null;
    }

    /** What to report, field by field: this one failure, or each problem of a failure that has several. */
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem(field(), messageKey, arguments()));
    }

    /** One problem of a failure: the input field it belongs to (or null), a message key and its arguments. */
    public record FieldProblem(String field, String messageKey, Object[] arguments) {
    }
}
