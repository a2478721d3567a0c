package org.closureassurance.desktop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.AtomicFile;

/**
 * Every file and folder a command is about to write, checked before the simulation starts, so
 * a mistyped or unwritable path is refused at once (exit 2) instead of after minutes of work,
 * and no output is written when another is bound to fail. A file's folder must exist; a folder
 * option ({@code --out}, {@code --charts}) may name a new folder inside an existing one.
 */
final class OutputTargets {
    private final List<String> problems = new ArrayList<>();

    /** Checks a file that {@code option} will write. */
    OutputTargets file(String option, Path file) {
        AtomicFile.problem(file).ifPresent(p -> problems.add(option + " " + file + ": " + p));
        return this;
    }

    /** Checks a folder that {@code option} will create if needed and write {@code names} into. */
    OutputTargets folder(String option, Path folder, List<String> names) {
        if (!Files.exists(folder)) {
            AtomicFile.problem(folder).ifPresent(p -> problems.add(option + " " + folder + ": " + p));
        } else if (!Files.isDirectory(folder)) {
            problems.add(option + " " + folder + ": is a file, not a folder");
        } else if (!Files.isWritable(folder)) {
            problems.add(option + " " + folder + ": cannot create files in it (permission denied)");
        } else {
            for (String name : names) {
                file(option, folder.resolve(name));
            }
        }
        return this;
    }

    /** Prints every problem found as an {@code error:} line; true when there was none. */
    boolean report(PrintWriter err) {
        for (String p : problems) {
            err.println("error: " + p);
        }
        err.flush();
        return problems.isEmpty();
    }
}
