package org.closureassurance.desktop.gui.files;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A scripted stand-in for the window: answers dialogs from queues and records what it is told. */
final class FakeFilesView implements ScenarioFiles.View {
    final Deque<Unsaved> answers = new ArrayDeque<>();
    final Deque<Path> chosenFiles = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    Recovery restoreChoice;
    String title;
    List<Path> recent = List.of();

    @Override
    public Unsaved askToSave(String documentName) {
        asked.add(documentName);
        return answers.pop();
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.ofNullable(chosenFiles.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        asked.add("save as " + suggestedName);
        return Optional.ofNullable(chosenFiles.poll());
    }

    @Override
    public Optional<Recovery> askToRestore(List<Recovery> leftovers) {
        return Optional.ofNullable(restoreChoice);
    }

    @Override
    public void showProblems(String t, List<String> lines) {
        problems.add(t);
        problems.addAll(lines);
    }

    @Override
    public void showError(String t, String message) {
        errors.add(t + ": " + message);
    }

    @Override
    public void documentChanged(String t, List<Path> recentFiles) {
        title = t;
        recent = recentFiles;
    }
}
