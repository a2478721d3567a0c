package org.closureassurance.scenarios.bundled;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.closureassurance.scenarios.PortfolioEdit;
import org.closureassurance.scenarios.PortfolioLoad;
import org.closureassurance.scenarios.PortfolioReader;

/**
 * The portfolios shipped with the tool, as resources beside the bundled scenarios (which their
 * scenario sites name): an illustrative register, clearly not a real one, so that a user can run
 * a portfolio at once. They are read where they lie, from the build's folder or from inside the
 * jar, so their scenario sites and register resolve as in any portfolio file.
 */
public final class BundledPortfolios {
    private static final List<String> NAMES = List.of("illustrative-register");
    private static final String SUFFIX = ".json";

    private BundledPortfolios() {
    }

    /** The names of the bundled portfolios (without {@code .json}). */
    public static List<String> names() {
        return NAMES;
    }

    /** Whether {@code name} (with or without {@code .json}) is a bundled portfolio's. */
    public static boolean contains(String name) {
        return name != null && NAMES.contains(strip(name));
    }

    /**
     * Reads the bundled portfolio {@code name} and every file it names.
     *
     * @throws IllegalArgumentException if there is no bundled portfolio of that name
     */
    public static PortfolioLoad load(String name) {
        return load(name, null);
    }

    /**
     * Reads the bundled portfolio {@code name} with {@code edit} applied first (null for none),
     * as {@link PortfolioReader#read(Path, PortfolioEdit)}.
     */
    public static PortfolioLoad load(String name, PortfolioEdit edit) {
        if (!contains(name)) {
            throw new IllegalArgumentException("no bundled portfolio \"" + name + "\" (bundled: "
                    + String.join(", ", NAMES) + ")");
        }
        URL url = BundledPortfolios.class.getResource(strip(name) + SUFFIX);
        if (url == null) {
            throw new IllegalStateException("bundled portfolio " + name + " is missing from the build");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return PortfolioReader.read(Path.of(uri), edit);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return PortfolioReader.read(jar.provider().getPath(uri), edit);
            } catch (FileSystemAlreadyExistsException e) {
                return PortfolioReader.read(FileSystems.getFileSystem(uri).provider().getPath(uri), edit);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open bundled portfolio " + name + ": " + e.getMessage(), e);
        }
    }

    /** The text of the bundled portfolio file {@code name}, as {@link #load} reads it. */
    public static byte[] bytes(String name) {
        if (!contains(name)) {
            throw new IllegalArgumentException("no bundled portfolio \"" + name + "\"");
        }
        try (java.io.InputStream in = BundledPortfolios.class.getResourceAsStream(strip(name) + SUFFIX)) {
            if (in == null) {
                throw new IllegalStateException("bundled portfolio " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String strip(String name) {
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }
}
