package org.closureassurance.desktop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.closureassurance.charts.BreakEvenSentence;
import org.closureassurance.desktop.ToolVersion;
import org.closureassurance.scenarios.AtomicFile;
import org.closureassurance.scenarios.results.SweepJson;
import org.closureassurance.simulator.engine.InputSweep;
import org.closureassurance.simulator.engine.ModelOverflowException;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunTooLargeException;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.BreakEvenSearch;
import org.closureassurance.simulator.sweep.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code breakeven FILE --input PATH --target coverage=0.9 --from X --to Y}: the value of the
 * input at which the figure crosses the target, found by bisection with common random numbers,
 * stated with its Monte Carlo uncertainty, or a plain statement that the range holds no crossing.
 */
@Command(name = "breakeven", mixinStandardHelpOptions = true,
        description = "Find the value of an input at which a headline figure crosses a target.")
final class BreakevenCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Scenario or portfolio file, bundled scenario or portfolio name, or '-' for standard "
                    + "input (default: the bundled default scenario).")
    private String file;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "The input to vary, by its path.")
    private String input;

    @Option(names = "--target", required = true, paramLabel = "FIGURE=VALUE",
            description = "coverage=0.9, requiredAdditional.p90=0 (p50 p80 p95 p99 too) or expectedPublicCost=AMOUNT; "
                    + "for a portfolio fund.exhaustionProbability=0.1 or expectedUnfundedPublicCost=AMOUNT.")
    private String target;

    @Option(names = "--from", required = true, paramLabel = "X", description = "Lower end of the range searched.")
    private double from;

    @Option(names = "--to", required = true, paramLabel = "Y", description = "Upper end of the range searched.")
    private double to;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "10",
            description = "Bisection steps: the crossing is bracketed to (to - from) / 2^N (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Mixin
    private SimulationOptions simulation = new SimulationOptions();

    @Option(names = "--json", paramLabel = "OUT", description = "Write the search as JSON to OUT.")
    private Path json;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (PortfolioSource.names(file)) {
            return PortfolioSweeping.breakeven(new PortfolioSweeping.Request(file, input, simulation, null, json, null, null, quiet),
                    target, from, to, steps, out, err);
        }
        ScenarioSource src = ScenarioSource.resolveOrDefault(file);
        if (!src.result().isValid()) {
            src.printErrors(err);
            return ExitCodes.INVALID;
        }
        Scenario scenario;
        SweepInput in;
        Target goal;
        int threads;
        try {
            scenario = simulation.apply(src.result().scenarioOrThrow());
            threads = simulation.threadCount();
            goal = Target.parse(target);
            in = SweepInput.of("--input", input, scenario);
            if (!(from < to)) {
                throw new IllegalArgumentException("the range is empty: --from " + SweepValues.text(from)
                        + " must be below --to " + SweepValues.text(to));
            }
            in.check(scenario, "--from", from);
            in.check(scenario, "--to", to);
        } catch (IllegalArgumentException e) {
            return CommandErrors.invalid(err, e);
        }
        if (json != null && !new OutputTargets().file("--json", json).report(err)) {
            return ExitCodes.INVALID;
        }
        ProgressBar bar = !quiet && System.console() != null ? new ProgressBar(System.err) : null;
        BreakEven found;
        try {
            InputSweep sweep = new InputSweep(new MonteCarloEngine(threads, ToolVersion.current()), scenario,
                    List.of(in.key()));
            found = new BreakEvenSearch(sweep, goal, steps, bar == null ? ProgressListener.NONE : bar)
                    .search(from, to);
        } catch (RunTooLargeException | ModelOverflowException | IllegalArgumentException e) {
            return CommandErrors.invalid(err, e);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        if (json != null) {
            try {
                AtomicFile.write(json, SweepJson.write(scenario, found));
            } catch (IOException e) {
                return CommandErrors.writeFailed(err, e);
            }
        }
        out.print(statement(found));
        out.flush();
        return ExitCodes.OK;
    }

    /** What was found, in words. */
    static String statement(BreakEven b) {
        return String.join(System.lineSeparator(), BreakEvenSentence.lines(b)) + System.lineSeparator();
    }
}
