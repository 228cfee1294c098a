package io.github.torcindex.maven;

import io.github.torcindex.analyzer.StatementCheck;
import io.github.torcindex.analyzer.VerifyOptions;
import io.github.torcindex.analyzer.VerifyReport;
import io.github.torcindex.analyzer.Violation;
import io.github.torcindex.bench.TorcIndex;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks every statement's query plan; fails the build on any violation, naming the statement and its plan. */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractWorkloadMojo {

    /** The library options this goal runs with (the CLI builds the same record). */
    public VerifyOptions toOptions() {
        return new VerifyOptions(databasePath(), workload(), largeTable, timeout());
    }

    @Override
    protected void run() throws MojoFailureException {
        VerifyReport report = TorcIndex.load().verify(toOptions());
        getLog().info("torc-index verify " + report.database() + ": level " + report.conditions().level() + ", "
                + report.checks().size() + " statements, " + report.failures().size() + " with violations");
        if (report.passes()) {
            return;
        }
        StringBuilder message = new StringBuilder("torc-index verify: " + report.failures().size()
                + " statement(s) of " + report.catalog() + " break a plan rule, " + report.unpreparable().size()
                + " can't be prepared:");
        report.unpreparable().forEach(s -> message.append("\n  ").append(s.name()).append(": ").append(s.reason()));
        // The same text the command line prints: each violation with the plan it was seen in, then both plans.
        for (StatementCheck check : report.failures()) {
            var p = check.planned();
            message.append("\n  FAIL ").append(p.statement().name());
            for (Violation v : check.violations()) {
                message.append("\n    ").append(v.rule()).append(" (").append(v.plan()).append("): ")
                        .append(v.message()).append("\n      why: ").append(v.why());
            }
            message.append("\n    plan (unbound): ").append(p.unbound().oneLine());
            if (!p.bound().oneLine().equals(p.unbound().oneLine())) {
                message.append("\n    plan (with ").append(p.values()).append("): ").append(p.bound().oneLine());
            }
        }
        throw new MojoFailureException(message.toString());
    }

    @Override
    protected String goal() {
        return "verify";
    }
}
