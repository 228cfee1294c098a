package io.github.torcindex;

import java.util.Objects;

/**
 * The one unchecked exception torc-index throws when an operation could not run.
 *
 * <p>Findings (an index that is missing, a query that scans) are values in a report, never exceptions. The
 * message says what happened, to what, and what to do next; {@link #code()} tells a front end which exit code
 * to use.
 */
public class TorcIndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /**
     * Creates an exception with a code and a message.
     *
     * @param code why the operation could not run
     * @param message what happened, to what, and what to do next
     */
    public TorcIndexException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception with a code, a message and the cause it wraps.
     *
     * @param code why the operation could not run
     * @param message what happened, to what, and what to do next
     * @param cause the underlying failure, kept for diagnosis
     */
    public TorcIndexException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Why the operation could not run. */
    public ErrorCode code() {
        return code;
    }
}
