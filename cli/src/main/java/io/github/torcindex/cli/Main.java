package io.github.torcindex.cli;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.Interruption;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.OptionGroup;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * The {@code torc-index} command: {@code torc-index <command> [options]}. The only class that writes to the
 * standard streams or exits; every command calls the same library methods the Maven goals call.
 *
 * <p>Exit codes: 0 success, 1 a check found problems, 2 bad usage, 3 the database or an input file can't be
 * used, 4 internal error.
 */
public final class Main {


    private Main() {
    }

    /** How long Ctrl-C or SIGTERM waits for the running operation to unwind (release locks, say its level). */
    private static final long UNWIND_SECONDS = 30;

    /**
     * Runs the command line and exits with its exit code. Ctrl-C or SIGTERM asks the running operation to stop
     * ({@link Interruption}): it abandons the statement in progress, releases its locks, removes a half-written
     * backup and says what state the database is in; the process then ends with 130 (143 for SIGTERM).
     */
    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("--verbose") || List.of(args).contains("-v");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        // torc-index reports every Liquibase failure itself, with the database and what to do next.
        System.setProperty("org.slf4j.simpleLogger.log.liquibase", verbose ? "debug" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (finished.getCount() == 0) {
                return; // a normal exit
            }
            Interruption.request("an interrupt (Ctrl-C or SIGTERM)");
            try {
                finished.await(UNWIND_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "torc-index-interrupt"));
        int code = run(args, System.out, System.err, System.console() != null);
        System.out.flush();
        System.err.flush();
        finished.countDown();
        if (Interruption.isRequested()) {
            return; // the JVM is already shutting down: System.exit would block for ever
        }
        System.exit(code);
    }

    /** Runs the command line, printing to {@code out} and {@code err}, and returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        List<Command> commands = List.of(new InitCommand(), new MigrateCommand(), new RollbackCommand(),
                new StatusCommand(), new UnlockCommand(), new ApplyCommand(), new UpgradeCheckCommand(), new GenerateCommand(err, terminal), new CatalogCommand(), new VerifyCommand(), new CompareCommand(),
                new AdviseCommand(), new BenchCommand(err), new ReportCommand(), new DemoCommand(err));
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printUsage(commands, args.length == 0 ? err : out);
            return args.length == 0 ? ErrorCode.USAGE.exitCode() : 0;
        }
        if (args[0].equals("--version") || args[0].equals("-V")) {
            out.println("torc-index " + version());
            return 0;
        }
        Optional<Command> found = commands.stream().filter(c -> c.name().equals(args[0])).findFirst();
        if (found.isEmpty()) {
            err.println("torc-index: unknown command '" + args[0] + "'. Commands: "
                    + String.join(", ", commands.stream().map(Command::name).toList()) + ". See torc-index --help.");
            return ErrorCode.USAGE.exitCode();
        }
        Command command = found.get();
        Options options = command.options()
                .addOption(Option.builder("h").longOpt("help").desc("show this help").get())
                .addOption(Option.builder("v").longOpt("verbose").desc("log details; stack traces on errors").get());
        String[] rest = List.of(args).subList(1, args.length).toArray(String[]::new);
        if (List.of(rest).contains("--help") || List.of(rest).contains("-h")) {
            printHelp(command, options, out);
            return 0;
        }
        boolean verbose = List.of(rest).contains("--verbose") || List.of(rest).contains("-v");
        try {
            CommandLine line = DefaultParser.builder().get().parse(options, rest);
            if (!line.getArgList().isEmpty()) {
                throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
            }
            CommonOptions.requireEachOnce(line);
            return command.run(line, out);
        } catch (ParseException e) {
            err.println("torc-index " + command.name() + ": " + usageMessage(e)
                    + ". See torc-index " + command.name() + " --help.");
            return ErrorCode.USAGE.exitCode();
        } catch (UsageException e) {
            err.println("torc-index " + command.name() + ": " + e.getMessage()
                    + ". See torc-index " + command.name() + " --help.");
            return ErrorCode.USAGE.exitCode();
        } catch (TorcIndexException e) {
            err.println("torc-index " + command.name() + ": " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return e.code().exitCode();
        } catch (OutOfMemoryError e) {
            err.println("torc-index " + command.name() + ": ran out of memory (a Java heap of at most "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB) and stopped. Give it more, for "
                    + "example TORC_INDEX_JAVA_OPTS=-Xmx4g ./torc-index " + command.name() + " ...");
            return ErrorCode.INTERNAL.exitCode();
        } catch (Exception e) {
            err.println("torc-index " + command.name() + ": internal error: " + e
                    + (verbose ? "" : " (run again with --verbose for the stack trace)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return ErrorCode.INTERNAL.exitCode();
        }
    }

    private static void printUsage(List<Command> commands, PrintStream out) {
        out.println("torc-index " + version() + ": versioned, measured and verified indexes for Torc's SQLite "
                + "database.");
        out.println();
        out.println("Usage: torc-index <command> [options]     torc-index <command> --help");
        out.println();
        out.println("Commands:");
        for (Command c : commands) {
            out.printf(Locale.ROOT, "  %-10s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("Exit codes: 0 ok, 1 a check found problems, 2 bad usage, 3 database or input file unusable "
                + "(disk full, locked, another run), 4 internal error, 130 interrupted.");
    }

    /** Commons CLI's message, except for missing options, which it prints with their descriptions. */
    private static String usageMessage(ParseException e) {
        if (!(e instanceof MissingOptionException missing)) {
            return e.getMessage();
        }
        List<String> names = missing.getMissingOptions().stream().map(o -> o instanceof OptionGroup group
                ? group.getOptions().stream().map(x -> "--" + x.getLongOpt()).collect(Collectors.joining(" or "))
                : "--" + o).toList();
        return (names.size() == 1 ? "missing required option " : "missing required options ")
                + String.join(", ", names);
    }

    /** One example line per command, shown at the end of its help. */
    private static final java.util.Map<String, String> EXAMPLES = java.util.Map.ofEntries(
            java.util.Map.entry("advise", "torc-index advise --db torc.db --changelog advice.xml --measure"),
            java.util.Map.entry("apply", "torc-index apply --db torc.db --changelog advice.xml --dry-run"),
            java.util.Map.entry("bench", "torc-index bench --db torc.db --out run --quick"),
            java.util.Map.entry("catalog", "torc-index catalog --from-source ~/torc --out torc-queries.sql"),
            java.util.Map.entry("compare", "torc-index compare --db shipped.db --with phases.db,advised.db"),
            java.util.Map.entry("demo", "torc-index demo"),
            java.util.Map.entry("generate", "torc-index generate --out big.db --workflows 20 --torc-version v0.12.0"),
            java.util.Map.entry("init", "torc-index init --db torc.db --torc-version v0.12.0"),
            java.util.Map.entry("migrate", "torc-index migrate --db torc.db --to 4 --dry-run"),
            java.util.Map.entry("report", "torc-index report --in run --out run/report"),
            java.util.Map.entry("rollback", "torc-index rollback --db torc.db --to 0"),
            java.util.Map.entry("status", "torc-index status --db torc.db --json"),
            java.util.Map.entry("unlock", "torc-index unlock --db torc.db"),
            java.util.Map.entry("upgrade-check", "torc-index upgrade-check --db torc.db --migrations torc/torc-server/migrations"),
            java.util.Map.entry("verify", "torc-index verify --db torc.db --queries-from-log torc-server.log"));

    private static void printHelp(Command command, Options options, PrintStream out) {
        PrintWriter writer = new PrintWriter(out, true);
        for (org.apache.commons.cli.Option o : options.getOptions()) {
            if (o.isRequired() && o.getDescription() != null && !o.getDescription().endsWith("(required)")) {
                o.setDescription(o.getDescription() + " (required)");
            }
        }
        @SuppressWarnings("deprecation")
        HelpFormatter formatter = new HelpFormatter();
        String example = EXAMPLES.get(command.name());
        formatter.printHelp(writer, 100, "torc-index " + command.name() + " [options]",
                command.summary() + "\n\n", options, 2, 2, (example == null ? "" : "\nExample: " + example + "\n")
                        + "\nExit codes: 0 ok, 1 problems found, 2 bad usage, 3 database unusable, 4 internal error.",
                false);
        writer.flush();
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
