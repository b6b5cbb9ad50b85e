package app.homeplan.fileformat;

import app.homeplan.plan.Family;
import app.homeplan.util.PrivateFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes family files. The same family always gives the same bytes: fields in a fixed order, two
 * spaces of indent, {@code \n} line ends on every system, UTF-8 without escaping, one newline at the
 * end, and nothing that changes between exports (no export time), so export, import, export gives
 * an identical file.
 */
final class FamilyFileWriter {
    // Emoji and other characters beyond the BMP are written as UTF-8, not as \\uD83D\\uDE00 escape pairs.
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build()
            .writer(printer());

    private FamilyFileWriter() {
    }

    /**
     * The file's bytes. The tree is first checked with every rule the reader applies, so Homeplan never
     * writes a file it would refuse to read; a family beyond them (e.g. a note longer than a family file
     * allows, typed before the limit existed) is refused with a sentence saying which value to change.
     */
    static byte[] toBytes(Family family) {
        ObjectNode tree = FamilyJson.toTree(family);
        List<FamilyFileSchema.Violation> problems = FamilyFileSchema.everyProblem(tree);
        if (!problems.isEmpty()) {
            FamilyFileSchema.Violation first = problems.get(0);
            throw new FamilyFileException(FamilyFileException.Problem.CANNOT_WRITE, null, "fileformat.write.breaksRule",
                    family.child().name(), first.pointer(), first.description());
        }
        try {
            byte[] json = WRITER.writeValueAsBytes(tree);
            if (json.length + 1 > FamilyFile.MAX_BYTES) {
                throw new FamilyFileException(FamilyFileException.Problem.CANNOT_WRITE, null, "fileformat.write.tooBig",
                        family.child().name(), FamilyFile.MAX_BYTES / (1024 * 1024));
            }
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            // A tree of strings, numbers and booleans always serialises; this is a programming error.
            throw new IllegalStateException("Cannot write a family as JSON", e);
        }
    }

    static void write(Family family, Path file) {
        write(family, file, null);
    }

    /** As {@link #write(Family, Path)}, locked with {@code passphrase} when it is not null (see {@link EncryptedFamilyFile}). */
    static void write(Family family, Path file, char[] passphrase) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FamilyFileException(FamilyFileException.Problem.CANNOT_WRITE, null,
                    "fileformat.write.isFolder", target);
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FamilyFileException(FamilyFileException.Problem.CANNOT_WRITE, null,
                    "fileformat.write.noFolder", target, folder == null ? target : folder);
        }
        byte[] content = passphrase == null ? toBytes(family)
                : EncryptedFamilyFile.seal(toBytes(family), passphrase, target.toString());
        try {
            PrivateFiles.write(target, content);
        } catch (PrivateFiles.SharedFolderException e) {
            throw new FamilyFileException(FamilyFileException.Problem.CANNOT_WRITE, e, "fileformat.write.sharedFolder",
                    target, e.folder());
        } catch (PrivateFiles.NotARegularFileException e) {
            throw new FamilyFileException(FamilyFileException.Problem.CANNOT_WRITE, e,
                    "fileformat.write.notARegularFile", target);
        } catch (PrivateFiles.TakenOverException e) {
            throw new FamilyFileException(FamilyFileException.Problem.CANNOT_WRITE, e, "fileformat.write.takenOver",
                    target, folder);
        } catch (AccessDeniedException e) {
            throw new FamilyFileException(FamilyFileException.Problem.CANNOT_WRITE, e, "fileformat.write.denied",
                    target, folder);
        } catch (NoSuchFileException e) {
            throw new FamilyFileException(FamilyFileException.Problem.CANNOT_WRITE, e, "fileformat.write.noFolder",
                    target, folder);
        } catch (IOException e) {
            boolean full = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("space");
            throw new FamilyFileException(FamilyFileException.Problem.CANNOT_WRITE, e,
                    full ? "fileformat.write.diskFull" : "fileformat.write.failed", target, folder);
        }
    }

    /** Two-space indent, "key": value, one value per line, {@code \n} everywhere, empty lists as []. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
