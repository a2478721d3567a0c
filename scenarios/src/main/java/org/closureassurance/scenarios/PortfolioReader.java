package org.closureassurance.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.scenarios.json.JsonProblem;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.closureassurance.scenarios.json.ParsedJson;
import org.closureassurance.simulator.portfolio.Portfolio;

/**
 * Reads a portfolio file ({@code closure-assurance-portfolio/1}) and every file it names (its
 * sites' scenario files, its register) into a validated
 * {@link org.closureassurance.simulator.portfolio.Portfolio}, or into every problem, each named
 * by its file and its JSON path or line and column. Never throws on the files' content.
 */
public final class PortfolioReader {
    private PortfolioReader() {
    }

    /** Reads the portfolio in {@code file}; files it names are resolved against its folder. */
    public static PortfolioLoad read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long limit = JsonLimits.DEFAULT.maxBytes();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) limit + 1);
        } catch (NoSuchFileException e) {
            return invalid(name, "cannot read " + file + ": no such file");
        } catch (IOException | SecurityException e) {
            return invalid(name, "cannot read " + file + ": " + e.getMessage());
        }
        if (bytes.length > limit) {
            return invalid(name, "the file is too large (more than " + limit + " bytes)");
        }
        try {
            ParsedJson parsed = JsonTreeReader.parse(bytes, JsonLimits.DEFAULT);
            List<ValidationError> earlier = new ArrayList<>();
            for (JsonProblem p : parsed.problems()) {
                earlier.add(new ValidationError(p.path(), p.message()));
            }
            Path folder = file.toAbsolutePath().getParent();
            return PortfolioBinder.bind(parsed.root(), name, folder, earlier,
                    List.of(PortfolioInput.of(PortfolioInput.PORTFOLIO, file.toString(), bytes)));
        } catch (RuntimeException e) {
            return invalid(name, "internal error while reading the portfolio (please report it): " + e);
        }
    }

    /**
     * Whether {@code file} is a JSON object whose {@code format} is the portfolio format's, so
     * that a command given a file can tell a portfolio from a scenario. False for a file that
     * cannot be read or parsed (the scenario reader then reports why).
     */
    public static boolean declaresPortfolio(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) JsonLimits.DEFAULT.maxBytes() + 1);
            return JsonTreeReader.parse(bytes, JsonLimits.DEFAULT).root() instanceof JsonNode.JsonObject o
                    && o.get(PortfolioFormat.Top.FORMAT.name()) instanceof JsonNode.JsonString s
                    && s.value().equals(Portfolio.FORMAT);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static PortfolioLoad invalid(String file, String message) {
        return new PortfolioLoad.Invalid(List.of(new PortfolioError(file, JsonPath.ROOT, message)));
    }
}
