package org.closureassurance.desktop.documentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The repository this module was built from, found from the module's base directory: its
 * root, its files, and the fenced code blocks of its Markdown pages.
 */
final class Repository {
    private Repository() {
    }

    /** A fenced code block: its info string ({@code json}, {@code sh}), first line number and text. */
    record CodeBlock(Path file, String language, int line, String text) {
        String where() {
            return root().relativize(file) + ":" + line;
        }
    }

    /** The root: the nearest directory at or above the base directory that holds README.md and pom.xml. */
    static Path root() {
        Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("README.md")) && Files.isRegularFile(d.resolve("pom.xml"))
                    && Files.isDirectory(d.resolve("docs"))) {
                return d;
            }
        }
        throw new IllegalStateException("no repository root (README.md, pom.xml, docs/) at or above " + dir);
    }

    /** README.md and every Markdown page under docs/. */
    static List<Path> markdownPages() {
        List<Path> pages = new ArrayList<>();
        pages.add(root().resolve("README.md"));
        try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** The fenced code blocks of {@code page} (fences of three backticks), in order. */
    static List<CodeBlock> codeBlocks(Path page) {
        List<String> lines = readLines(page);
        List<CodeBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```")) {
                continue;
            }
            int start = i + 1;
            StringBuilder text = new StringBuilder();
            for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                text.append(lines.get(i)).append('\n');
            }
            blocks.add(new CodeBlock(page, fence.substring(3).strip(), start + 1, text.toString()));
        }
        return blocks;
    }

    /**
     * The files git tracks, relative to the root; every file outside build output and hidden
     * folders (but {@code .ci}) when git is not there, as in a source archive.
     */
    static List<Path> trackedFiles() {
        Path root = root();
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 && out.length > 0) {
                List<Path> files = new ArrayList<>();
                for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                    if (!name.isEmpty()) {
                        files.add(Path.of(name));
                    }
                }
                return files;
            }
        } catch (IOException e) {
            // no git on this machine: fall through to walking the tree
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(root::relativize)
                    .filter(Repository::outsideBuildOutput).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean outsideBuildOutput(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String part = relative.getName(i).toString();
            if (part.equals("target") || (part.startsWith(".") && !part.equals(".ci"))) {
                return false;
            }
        }
        return true;
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
