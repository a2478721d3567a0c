package org.closureassurance.desktop.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.closureassurance.desktop.cli.ClosureAssuranceCommand;
import picocli.CommandLine;

/** Runs the command line in-process, as {@code Main} would but without {@code System.exit}. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        CommandLine cl = ClosureAssuranceCommand.create();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** Whether either stream shows a Java stack trace or an exception's class name. */
    boolean showsAStackTrace() {
        String all = out + err;
        return all.contains("\tat ") || all.contains("Exception") || all.contains("Error:")
                || all.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*\\(.*\\.java:\\d+\\).*");
    }
}
