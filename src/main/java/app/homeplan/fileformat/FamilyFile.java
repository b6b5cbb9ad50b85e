package app.homeplan.fileformat;

import app.homeplan.plan.Family;
import java.nio.file.Path;

/**
 * The family file: one family's whole plan as one JSON file ({@code *.homeplan.json}), for moving a
 * family between computers, handing it to a colleague or keeping a copy. The format is described in
 * {@code docs/family-file.md} and by the JSON Schema in
 * {@code src/main/resources/fileformat/family-file.schema.json}.
 *
 * <p>Reading never touches the database: it either returns a whole, valid family (not yet stored) or
 * throws {@link FamilyFileException} with a sentence saying where and what is wrong.
 */
public final class FamilyFile {
    /** The {@code format} name at the top of every family file. */
    public static final String FORMAT = "homeplan-family";
    /** The format version this Homeplan writes, and the newest it reads. */
    public static final int VERSION = 1;
    /** The file name ending Homeplan suggests and looks for. */
    public static final String EXTENSION = ".homeplan.json";
    /** Files bigger than this are refused before they are read (a real family is well under 1 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Where the JSON Schema lives on the class path. */
    public static final String SCHEMA_RESOURCE = "/fileformat/family-file.schema.json";

    private FamilyFile() {
    }

    /** Reads and checks a family file; the family keeps the identities in the file and has no store id. */
    public static Family read(Path file) {
        return FamilyFileReader.read(file);
    }

    /**
     * Reads a family file, plain or locked (encrypted, see {@link EncryptedFamilyFile}); for a locked one
     * {@code passphrase} is asked once for the passphrase (it may return null: then the file is refused).
     * A wrong passphrase or a changed file is {@link FamilyFileException.Problem#WRONG_PASSPHRASE}.
     */
    public static Family read(Path file, java.util.function.Supplier<char[]> passphrase) {
        return FamilyFileReader.read(file, passphrase);
    }

    /** Writes a family's file locked with a passphrase (AES-256-GCM; docs/family-file.md). */
    public static void writeEncrypted(Family family, Path file, char[] passphrase) {
        FamilyFileWriter.write(family, file, passphrase);
    }

    /** The family from a family file's bytes; {@code sourceName} names it in messages. */
    public static Family fromBytes(byte[] content, String sourceName) {
        return FamilyFileReader.fromBytes(content, sourceName);
    }

    /** The exact bytes of a family's file: UTF-8, pretty-printed, fields in a fixed order, newline at the end. */
    public static byte[] toBytes(Family family) {
        return FamilyFileWriter.toBytes(family);
    }

    /** Writes a family's file in one step (temporary file, then an atomic move), readable by the user only. */
    public static void write(Family family, Path file) {
        FamilyFileWriter.write(family, file);
    }
}
