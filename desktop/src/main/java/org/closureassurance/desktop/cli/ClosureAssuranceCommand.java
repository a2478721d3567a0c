package org.closureassurance.desktop.cli;

import org.closureassurance.desktop.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: {@code closure-assurance <command>}. */
@Command(name = "closure-assurance", mixinStandardHelpOptions = true,
        versionProvider = ClosureAssuranceCommand.Version.class,
        description = {"Monte Carlo simulation of mine-closure financial assurance: will the bonds and funds held "
                + "cover the cost of closing the mine, treating its water and bringing its land back?"},
        subcommands = {RunCommand.class, PortfolioCommand.class, CompareCommand.class, SweepCommand.class, BreakevenCommand.class,
            ValidateCommand.class, ScenariosCommand.class,
            GuiCommand.class})
public final class ClosureAssuranceCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Builds the command line with its error handling: usage errors exit 2, failures 1, no stack traces. */
    public static CommandLine create() {
        CommandLine cl = new CommandLine(new ClosureAssuranceCommand());
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new Version());
        }
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            java.io.PrintWriter err = failed.getErr();
            err.println("error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println();
            failed.usage(err);
            err.flush();
            return ExitCodes.INVALID;
        });
        cl.setExecutionStrategy(reportingOutOfMemory(new CommandLine.RunLast()));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            commandLine.getErr().flush();
            return ExitCodes.FAILED;
        });
        return cl;
    }

    /**
     * Whether the command just executed opened the desktop application, in which case the
     * process must not exit when {@code main} returns.
     */
    public static boolean openedAWindow(CommandLine cl) {
        return cl.getSubcommands().get("gui").<GuiCommand>getCommand().opened();
    }

    /**
     * {@code strategy}, with an OutOfMemoryError anywhere in a command (the engine reports its own
     * as a refusal; this catches the rest, writing results say) turned into a message and exit 2
     * instead of a stack trace.
     */
    static CommandLine.IExecutionStrategy reportingOutOfMemory(CommandLine.IExecutionStrategy strategy) {
        return parseResult -> {
            try {
                return strategy.execute(parseResult);
            } catch (OutOfMemoryError e) {
                long heapMb = Runtime.getRuntime().maxMemory() >> 20;
                java.io.PrintWriter err = parseResult.commandSpec().commandLine().getErr();
                err.println(String.format(java.util.Locale.ROOT, "error: Java ran out of memory (it may use at most "
                        + "%,d MB): lower --iterations, or give Java more memory (for example -Xmx%dg)",
                        heapMb, Math.max(1, (heapMb >> 10) * 2)));
                err.flush();
                return ExitCodes.INVALID;
            }
        };
    }

    /** Reports the jar's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"closure-assurance " + ToolVersion.current()};
        }
    }
}
