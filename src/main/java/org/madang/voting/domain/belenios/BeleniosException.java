package org.madang.voting.domain.belenios;

/** A Belenios artefact was refused; {@link #code()} says which kind of check failed. */
public class BeleniosException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final FailureCode code;

    public BeleniosException(FailureCode code, String message) {
        super(message);
        this.code = code;
    }

    public FailureCode code() {
        return code;
    }
}
