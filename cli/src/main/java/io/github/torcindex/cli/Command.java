package io.github.torcindex.cli;

import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One subcommand of {@code torc-index}. */
interface Command {

    /** The subcommand's name, as typed. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The options it accepts (without the common --help and --verbose, which Main adds). */
    Options options();

    /**
     * Runs the subcommand and returns its exit code. Expected failures are thrown as
     * {@link io.github.torcindex.TorcIndexException} or {@link UsageException}; Main prints them.
     */
    int run(CommandLine line, PrintStream out) throws Exception;
}
