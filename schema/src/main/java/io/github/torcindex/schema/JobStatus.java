package io.github.torcindex.schema;

/** The status codes of {@code job.status} and {@code result.status}, as Torc's server defines them. */
public enum JobStatus {
    UNINITIALIZED(0),
    BLOCKED(1),
    READY(2),
    PENDING(3),
    RUNNING(4),
    COMPLETED(5),
    FAILED(6),
    CANCELED(7),
    TERMINATED(8),
    DISABLED(9),
    PENDING_FAILED(10);

    private final int code;

    JobStatus(int code) {
        this.code = code;
    }

    /** The integer stored in the database. */
    public int code() {
        return code;
    }

    /** Whether Torc's server counts this status as complete ({@code status IN (5,6,7,8)}). */
    public boolean isComplete() {
        return code >= 5 && code <= 8;
    }

    /**
     * The status stored as {@code code}.
     *
     * @throws IllegalArgumentException if {@code code} is not a Torc status
     */
    public static JobStatus of(int code) {
        for (JobStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("code: not a Torc job status: " + code);
    }
}
