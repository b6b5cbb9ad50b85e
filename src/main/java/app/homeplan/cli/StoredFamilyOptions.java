package app.homeplan.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The options {@code export} and {@code export-pdf} share, as one picocli mixin: which stored family
 * ({@code --family ID}), why it is read ({@code --purpose TEXT}, kept in the access log) and the file to
 * write ({@code -o FILE}). Each command asks for them in its own order, so its errors come as before.
 */
final class StoredFamilyOptions {
    @CommandLine.Option(names = "--family")
    String family;

    @CommandLine.Option(names = "--purpose")
    String purpose;

    @CommandLine.Option(names = {"--output", "-o"})
    String output;

    boolean familyGiven() {
        return family != null;
    }

    long familyId() {
        return Options.requiredNumber("--family", family);
    }

    String purpose() {
        return purpose;
    }

    /** The file to write; a path this system cannot name is a usage error with a sentence. */
    Path output() {
        String value = Options.required("--output", output);
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("cli.error.badPath", value);
        }
    }
}
