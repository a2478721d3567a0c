package org.closureassurance.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.closureassurance.desktop.cli.ClosureAssuranceCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StartArgumentsTest {
    private static final Set<String> COMMANDS = ClosureAssuranceCommand.create().getSubcommands().keySet();

    @TempDir
    Path dir;

    @Test
    void aLoneJsonFileIsTheScenarioToOpen() {
        String[] args = {"mine.json"};

        assertEquals(Path.of("mine.json"), StartArguments.loneScenarioFile(args, COMMANDS));
    }

    @Test
    void aLoneExistingFileIsTheScenarioToOpenWhateverItsName() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.scenario"), "{}");

        assertEquals(file, StartArguments.loneScenarioFile(new String[] {file.toString()}, COMMANDS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "scenarios", "compare", "--help", "-V", "runn", ""})
    void commandsOptionsAndUnknownWordsAreNotFiles(String arg) {
        String[] args = {arg};

        assertNull(StartArguments.loneScenarioFile(args, COMMANDS));
        assertArrayEquals(args, StartArguments.commandLine(args, COMMANDS));
    }

    @Test
    void withoutADisplayALoneFileIsRunAndNoArgumentsRunTheDefault() {
        assertArrayEquals(new String[] {"run", "mine.json"},
                StartArguments.commandLine(new String[] {"mine.json"}, COMMANDS));
        assertArrayEquals(new String[] {"run"}, StartArguments.commandLine(new String[0], COMMANDS));
        assertNull(StartArguments.loneScenarioFile(new String[] {"run", "mine.json"}, COMMANDS));
    }
}
