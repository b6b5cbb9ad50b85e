package app.homeplan.fileformat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A family file locked with a passphrase (docs/family-file.md, "Encrypted family files"): the family
 * file's exact bytes, sealed with AES-256-GCM under a key made from the passphrase by
 * PBKDF2-HMAC-SHA256, all from the JDK. The header (magic, version, iterations, salt, nonce) is
 * authenticated with the content, so changing any byte of the file, or a wrong passphrase, opens
 * nothing.
 *
 * <pre>
 *   8 bytes  "HPFAMENC"            magic
 *   1 byte   1                     version of this layout
 *   4 bytes  iterations            PBKDF2 iterations, big-endian (600,000 when written)
 *  16 bytes  salt                  random
 *  12 bytes  nonce                 random
 *   rest     ciphertext + 16-byte GCM tag
 * </pre>
 */
public final class EncryptedFamilyFile {
    static final byte[] MAGIC = "HPFAMENC".getBytes(StandardCharsets.US_ASCII);
    static final int LAYOUT_VERSION = 1;
    /** What Homeplan writes; OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    /** Files asking for fewer are refused (weaker than Homeplan makes), or more (a file that would take minutes to open). */
    static final int MIN_ITERATIONS = 600_000;
    static final int MAX_ITERATIONS = 10_000_000;
    static final int SALT_BYTES = 16;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + NONCE_BYTES;
    /** The largest sealed file: the largest family file plus header and tag. */
    public static final long MAX_BYTES = FamilyFile.MAX_BYTES + HEADER_BYTES + TAG_BITS / 8;
    /** Shorter passphrases are refused when a file is locked. */
    public static final int MIN_PASSPHRASE = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private EncryptedFamilyFile() {
    }

    /** True when these bytes start like a locked family file. */
    public static boolean isEncrypted(byte[] content) {
        return content.length >= MAGIC.length && Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Locks a family file's bytes with a passphrase (at least {@link #MIN_PASSPHRASE} characters). */
    static byte[] seal(byte[] plain, char[] passphrase, String name) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new FamilyFileException(FamilyFileException.Problem.CANNOT_WRITE, null,
                    "fileformat.encrypted.shortPassphrase", name, MIN_PASSPHRASE);
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.put(MAGIC).put((byte) LAYOUT_VERSION).putInt(ITERATIONS).put(salt).put(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passphrase, ITERATIONS, salt, nonce);
            cipher.updateAAD(header.array());
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(HEADER_BYTES + sealed.length).put(header.array()).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and PBKDF2 are part of every Java runtime", e);
        }
    }

    /**
     * The family file's bytes inside a locked file. A wrong passphrase and a changed file look the same
     * to GCM, and both are one sentence: nothing is opened.
     */
    static byte[] open(byte[] content, char[] passphrase, String name) {
        if (content.length < HEADER_BYTES + TAG_BITS / 8) {
            throw new FamilyFileException(FamilyFileException.Problem.NOT_A_FAMILY_FILE, null,
                    "fileformat.encrypted.cutShort", name);
        }
        ByteBuffer in = ByteBuffer.wrap(content);
        in.position(MAGIC.length);
        int version = in.get() & 0xff;
        if (version != LAYOUT_VERSION) {
            throw new FamilyFileException(FamilyFileException.Problem.NEWER_VERSION, null,
                    "fileformat.encrypted.newerVersion", name);
        }
        int iterations = in.getInt();
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new FamilyFileException(FamilyFileException.Problem.WRONG_PASSPHRASE, null,
                    "fileformat.encrypted.wrongOrChanged", name);
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(salt).get(nonce);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, passphrase, iterations, salt, nonce);
            cipher.updateAAD(content, 0, HEADER_BYTES);
            return cipher.doFinal(content, HEADER_BYTES, content.length - HEADER_BYTES);
        } catch (AEADBadTagException wrongOrChanged) {
            throw new FamilyFileException(FamilyFileException.Problem.WRONG_PASSPHRASE, wrongOrChanged,
                    "fileformat.encrypted.wrongOrChanged", name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and PBKDF2 are part of every Java runtime", e);
        }
    }

    private static Cipher cipher(int mode, char[] passphrase, int iterations, byte[] salt, byte[] nonce)
            throws GeneralSecurityException {
        // The passphrase as typed, in Unicode's composed form, so the same words typed on another system open the file.
        char[] normalised = java.text.Normalizer.normalize(CharBuffer.wrap(passphrase), java.text.Normalizer.Form.NFC)
                .toCharArray();
        PBEKeySpec spec = new PBEKeySpec(normalised, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            Arrays.fill(key, (byte) 0);
            return cipher;
        } finally {
            spec.clearPassword();
            Arrays.fill(normalised, '\0');
        }
    }
}
