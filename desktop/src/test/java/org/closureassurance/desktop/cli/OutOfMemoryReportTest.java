package org.closureassurance.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * An OutOfMemoryError anywhere in a command (outside the engine, which reports its own as a
 * refusal) ends in a message and exit code 2, never a stack trace.
 */
class OutOfMemoryReportTest {
    /** A command that asks for more memory than any heap holds (thrown at once, the heap untouched). */
    @CommandLine.Command(name = "greedy")
    static final class Greedy implements Callable<Integer> {
        @Override
        public Integer call() {
            long[][] tooMuch = new long[64][Integer.MAX_VALUE - 8];
            return tooMuch.length;
        }
    }

    @Test
    void anOutOfMemoryErrorInACommandIsAMessageAndExitCode2() {
        CommandLine cl = new CommandLine(new Greedy());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionStrategy(ClosureAssuranceCommand.reportingOutOfMemory(new CommandLine.RunLast()));
        assertEquals(2, cl.execute());
        String text = err.toString().strip();
        assertTrue(text.matches("error: Java ran out of memory \\(it may use at most [\\d,]+ MB\\): lower --iterations, "
                + "or give Java more memory \\(for example -Xmx\\d+g\\)"), text);
        assertFalse(text.contains("OutOfMemoryError") || text.contains("\tat "), text);
    }

    @Test
    void theToolsCommandLineReportsItThatWay() {
        CommandLine cl = ClosureAssuranceCommand.create();
        cl.addSubcommand("greedy", new Greedy());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(2, cl.execute("greedy"));
        assertTrue(err.toString().startsWith("error: Java ran out of memory"), err.toString());
    }
}
