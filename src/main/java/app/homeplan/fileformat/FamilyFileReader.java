package app.homeplan.fileformat;

import app.homeplan.fileformat.FamilyFileException.Problem;
import app.homeplan.plan.Family;
import app.homeplan.plan.PlanValidationException;
import app.homeplan.util.PrivateFiles;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a family file, refusing a bad one as a whole with a sentence that says where and what.
 * The checks run from cheapest to most thorough: size, UTF-8, JSON (with limits on nesting and
 * lengths, duplicate fields refused), format name, version (newer refused, older upgraded), the JSON
 * Schema (types, ranges, unknown fields), and last the plan's own rules (references between parts).
 */
final class FamilyFileReader {
    /** Deeper than any family file goes (about 6 levels), far below what could exhaust the stack. */
    static final int MAX_NESTING = 32;

    /** Jackson set up for family files: strict and bounded. */
    static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxStringLength((int) FamilyFile.MAX_BYTES)
                            .maxNumberLength(100)
                            .maxNameLength(1000)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Numbers stay exact: 1e400 is a (too big) number, not Infinity.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) [\"']([^\"']*)[\"']");

    private FamilyFileReader() {
    }

    static Family read(Path file) {
        return read(file, null);
    }

    /**
     * As {@link #read(Path)}; a locked (encrypted) family file is opened with the passphrase
     * {@code passphrase} gives, asked for only then. Without one it is refused with a sentence.
     */
    static Family read(Path file, java.util.function.Supplier<char[]> passphrase) {
        String name = displayName(file);
        if (Files.isDirectory(file)) {
            throw new FamilyFileException(Problem.CANNOT_READ, null, "fileformat.read.isFolder", name);
        }
        byte[] content;
        try {
            content = PrivateFiles.readRegularFile(file, EncryptedFamilyFile.MAX_BYTES);
        } catch (PrivateFiles.NotARegularFileException e) {
            throw new FamilyFileException(Problem.CANNOT_READ, e, "fileformat.read.notAFile", name);
        } catch (PrivateFiles.TooBigException e) {
            checkSize(e.size(), name);
            throw new FamilyFileException(Problem.TOO_BIG, e, "fileformat.read.cannotRead", name);
        } catch (IOException e) {
            throw new FamilyFileException(Problem.CANNOT_READ, e, "fileformat.read.cannotRead", name);
        }
        if (EncryptedFamilyFile.isEncrypted(content)) {
            char[] given = passphrase == null ? null : passphrase.get();
            if (given == null) {
                throw new FamilyFileException(Problem.NEEDS_PASSPHRASE, null, "fileformat.encrypted.needsPassphrase", name);
            }
            try {
                content = EncryptedFamilyFile.open(content, given, name);
            } finally {
                java.util.Arrays.fill(given, '\0');
            }
        }
        return fromBytes(content, name);
    }

    static Family fromBytes(byte[] content, String name) {
        return fromBytes(content, name, FormatUpgrades.RELEASED);
    }

    static Family fromBytes(byte[] content, String name, FormatUpgrades upgrades) {
        checkSize(content.length, name);
        // The schema is loaded (about a third of a cold import's reading) while the file is parsed.
        FamilyFileSchema.loadInBackground();
        int start = checkUtf8(content, name);
        if (isBlank(content, start)) {
            throw new FamilyFileException(Problem.NOT_A_FAMILY_FILE, null, "fileformat.read.empty", name);
        }
        JsonNode root = parse(content, start, name);
        if (!root.isObject()) {
            throw new FamilyFileException(Problem.NOT_A_FAMILY_FILE, null, "fileformat.read.notAFamily", name);
        }
        checkFormat(root, name);
        int version = version(root, name, upgrades);
        ObjectNode current = upgrades.upgrade((ObjectNode) root, version);
        checkSchema(current, () -> decode(content, start), name, version == upgrades.current());
        try {
            return FamilyJson.fromTree(current);
        } catch (PlanValidationException e) {
            throw new FamilyFileException(Problem.INVALID, e, "fileformat.read.plan", name, planSentence(e));
        } catch (DateTimeException e) {
            throw new FamilyFileException(Problem.INVALID, e, "fileformat.read.badDate", name);
        }
    }

    /** The plan's own sentence, with quoted texts cut short: a strategy's "what" can be pages long. */
    private static String planSentence(PlanValidationException e) {
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String text && text.codePointCount(0, text.length()) > 60) {
                args[i] = text.substring(0, text.offsetByCodePoints(0, 57)).strip() + "\u2026";
            }
        }
        return app.homeplan.i18n.Messages.get(e.key(), args);
    }

    private static void checkSize(long size, String name) {
        if (size > FamilyFile.MAX_BYTES) {
            throw new FamilyFileException(Problem.TOO_BIG, null, "fileformat.read.tooBig", name,
                    megabytes(size), megabytes(FamilyFile.MAX_BYTES));
        }
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /**
     * Checks that the content is strict UTF-8 (as JSON requires) without making a text of it: the
     * parser reads the bytes themselves. Returns where the JSON starts: after a byte-order mark some
     * editors add, which is allowed and dropped.
     */
    private static int checkUtf8(byte[] content, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            result = decoder.decode(in, out, true);
            out.clear();
        } while (result.isOverflow());
        if (result.isError()) {
            throw new FamilyFileException(Problem.NOT_A_FAMILY_FILE, null, "fileformat.read.notUtf8", name);
        }
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** As {@link String#isBlank()} of the text, deciding on the first bytes when they are plain ASCII. */
    private static boolean isBlank(byte[] content, int start) {
        for (int i = start; i < content.length; i++) {
            int b = content[i];
            if (b < 0) {
                return new String(content, start, content.length - start, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** The file's text, made only to say where a problem is (the content is known to be UTF-8). */
    private static String decode(byte[] content, int start) {
        return new String(content, start, content.length - start, StandardCharsets.UTF_8);
    }

    /**
     * The JSON tree, parsed straight from the bytes. If they are not a JSON value within the limits, the
     * text is parsed again as text to word the refusal: its places count characters, as people do
     * (the byte parser counts bytes in a line).
     */
    private static JsonNode parse(byte[] content, int start, String name) {
        try (JsonParser parser = JSON.createParser(content, start, content.length - start)) {
            return JSON.readTree(parser);
        } catch (IOException e) {
            return parse(decode(content, start), name);
        }
    }

    private static JsonNode parse(String text, String name) {
        try (JsonParser parser = JSON.createParser(text)) {
            try {
                return JSON.readTree(parser);
            } catch (StreamConstraintsException e) {
                // Limits are checked as values are read; the parser knows where it stopped.
                boolean deep = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT).contains("depth");
                throw located(Problem.NOT_A_FAMILY_FILE, e, deep ? "fileformat.read.tooDeep" : "fileformat.read.tooLong",
                        name, e.getLocation() != null ? e.getLocation() : parser.currentLocation());
            }
        } catch (JsonEOFException e) {
            throw located(Problem.NOT_A_FAMILY_FILE, e, "fileformat.read.truncated", name, e.getLocation());
        } catch (MismatchedInputException e) {
            throw located(Problem.NOT_A_FAMILY_FILE, e, "fileformat.read.trailing", name, e.getLocation());
        } catch (JsonParseException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.find()) {
                throw located(Problem.INVALID, e, "fileformat.read.duplicateField", name, e.getLocation(),
                        duplicate.group(1));
            }
            throw located(Problem.NOT_A_FAMILY_FILE, e, "fileformat.read.notJson", name, e.getLocation());
        } catch (IOException e) {
            throw located(Problem.NOT_A_FAMILY_FILE, e, "fileformat.read.notJson", name,
                    e instanceof JsonProcessingException j ? j.getLocation() : null);
        }
    }

    /** A message with " (line L, column C)" as argument 1, or "" when Jackson gave no place. */
    private static FamilyFileException located(Problem problem, Throwable cause, String key, String name,
                                               JsonLocation at, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = name;
        args[1] = at == null || at.getLineNr() < 1 ? ""
                : app.homeplan.i18n.Messages.get("fileformat.place.inBrackets", Integer.toString(at.getLineNr()),
                        Integer.toString(at.getColumnNr()));
        System.arraycopy(more, 0, args, 2, more.length);
        return new FamilyFileException(problem, cause, key, args);
    }

    private static void checkFormat(JsonNode root, String name) {
        JsonNode format = root.get("format");
        if (format == null) {
            throw new FamilyFileException(Problem.NOT_A_FAMILY_FILE, null, "fileformat.read.noFormat", name);
        }
        if (!format.isTextual() || !format.textValue().equals(FamilyFile.FORMAT)) {
            throw new FamilyFileException(Problem.NOT_A_FAMILY_FILE, null, "fileformat.read.wrongFormat", name,
                    FamilyFileSchema.show(format));
        }
    }

    private static int version(JsonNode root, String name, FormatUpgrades upgrades) {
        JsonNode version = root.get("version");
        if (version == null) {
            throw new FamilyFileException(Problem.NOT_A_FAMILY_FILE, null, "fileformat.read.noVersion", name,
                    Integer.toString(upgrades.current()));
        }
        boolean whole = version.isNumber() && version.decimalValue().stripTrailingZeros().scale() <= 0;
        if (whole && version.decimalValue().compareTo(BigDecimal.valueOf(upgrades.current())) > 0) {
            throw new FamilyFileException(Problem.NEWER_VERSION, null, "fileformat.read.newer", name,
                    FamilyFileSchema.show(version), Integer.toString(upgrades.current()));
        }
        if (!whole || version.intValue() < upgrades.first()) {
            throw new FamilyFileException(Problem.NOT_A_FAMILY_FILE, null, "fileformat.read.badVersion", name,
                    FamilyFileSchema.show(version), Integer.toString(upgrades.current()));
        }
        return version.intValue();
    }

    /** Refuses the file with the problem (schema or rule) that comes first in it, saying where (line, column, pointer). */
    private static void checkSchema(ObjectNode tree, Supplier<String> text, String name, boolean asWritten) {
        List<FamilyFileSchema.Violation> violations = FamilyFileSchema.everyProblem(tree);
        if (violations.isEmpty()) {
            return;
        }
        // Places are looked up in the text only when the tree is the file as written (not upgraded).
        Set<String> pointers = violations.stream().map(FamilyFileSchema.Violation::pointer).collect(Collectors.toSet());
        Map<String, JsonLocations.Place> places = asWritten ? JsonLocations.find(text.get(), pointers) : Map.of();
        FamilyFileSchema.Violation first = violations.stream()
                .min(Comparator.comparing((FamilyFileSchema.Violation v) -> places.getOrDefault(v.pointer(), LAST),
                        Comparator.comparingInt(JsonLocations.Place::line).thenComparingInt(JsonLocations.Place::column)))
                .orElseThrow();
        JsonLocations.Place at = places.get(first.pointer());
        String where = first.pointer().isEmpty() ? "/" : first.pointer();
        throw new FamilyFileException(Problem.INVALID, null, "fileformat.read.invalid", name,
                at == null ? "" : app.homeplan.i18n.Messages.get("fileformat.place.at", Integer.toString(at.line()),
                        Integer.toString(at.column())), where, first.description());
    }

    private static final JsonLocations.Place LAST = new JsonLocations.Place(Integer.MAX_VALUE, Integer.MAX_VALUE);

    private static String displayName(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }
}
