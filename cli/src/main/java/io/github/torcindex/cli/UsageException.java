package io.github.torcindex.cli;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;

/** A command line that can't be run as typed: exit code 2, with a pointer to --help. */
final class UsageException extends TorcIndexException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(ErrorCode.USAGE, message);
    }
}
