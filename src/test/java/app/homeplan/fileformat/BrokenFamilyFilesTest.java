package app.homeplan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.Commands;
import app.homeplan.cli.Cli;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.testing.DatabaseSnapshot;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken family files (src/test/resources/fileformat/broken/, with the message each must
 * give in expected.txt): every one is refused as a whole, with a one-line sentence saying where and
 * what, and the database is not touched, byte for byte.
 */
class BrokenFamilyFilesTest {
    private static final String CORPUS = "/fileformat/broken/";

    @TempDir
    static Path dbFolder;
    private static Path db;
    private static List<String> untouched;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeDatabase() {
        db = dbFolder.resolve("homeplan.db");
        try (Store store = Stores.open(db)) {
            store.families().insert(TestFamilies.everyField());
        }
        untouched = DatabaseSnapshot.files(dbFolder);
    }

    static Map<String, String> expected() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        try (InputStream in = BrokenFamilyFilesTest.class.getResourceAsStream(CORPUS + "expected.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int colon = line.indexOf(": ");
                    expected.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return expected;
    }

    static Stream<String> brokenFiles() throws IOException {
        return expected().keySet().stream();
    }

    private Path copy(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = BrokenFamilyFilesTest.class.getResourceAsStream(CORPUS + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void everyFileInTheCorpusHasItsExpectedMessage() throws IOException, URISyntaxException {
        Path folder = Path.of(BrokenFamilyFilesTest.class.getResource(CORPUS + "expected.txt").toURI()).getParent();
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(folder)) {
            all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".homeplan.json")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(40).containsExactlyInAnyOrderElementsOf(expected().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void isRefusedWithASentenceSayingWhereAndWhat(String name) throws IOException {
        Path file = copy(name);

        assertThatThrownBy(() -> FamilyFile.read(file))
                .isInstanceOf(FamilyFileException.class)
                .hasMessageContaining(expected().get(name))
                .hasMessageContaining(name)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "Exception", "jackson", "networknt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void theCommandLineRefusesItInOneLineAndLeavesTheDatabaseAlone(String name) throws IOException {
        Path file = copy(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Commands.cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of("import", file.toString(), "--db", db.toString()));

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("homeplan: ").contains(expected().get(name));
        assertThat(DatabaseSnapshot.files(dbFolder)).isEqualTo(untouched);
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.homeplan.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024); // sparse: costs no disk
        }

        assertThatThrownBy(() -> FamilyFile.read(huge))
                .isInstanceOf(FamilyFileException.class)
                .hasMessage("The file \u201chuge.homeplan.json\u201d is 21 MB, too big for a family file (at most 20 MB),"
                        + " so it was not opened. Choose a family file exported from Homeplan.")
                .extracting(e -> ((FamilyFileException) e).problem()).isEqualTo(FamilyFileException.Problem.TOO_BIG);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of("import", huge.toString(), "--db", db.toString()));
        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().contains("too big");
        assertThat(DatabaseSnapshot.files(dbFolder)).isEqualTo(untouched);
    }

    @Test
    void aFileJustUnderTheLimitIsNotRefusedForItsSize() {
        // A family's content can no longer reach 20 MB (FamilyLimits); spaces between values still can.
        byte[] family = FamilyFile.toBytes(TestFamilies.everyField());
        byte[] bytes = new byte[(int) FamilyFile.MAX_BYTES];
        java.util.Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(family, 0, bytes, 0, family.length);

        assertThat(FamilyFile.fromBytes(bytes, "big.homeplan.json").child().name())
                .isEqualTo(TestFamilies.everyField().child().name());
        byte[] oneMore = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        oneMore[bytes.length] = ' ';
        assertThatThrownBy(() -> FamilyFile.fromBytes(oneMore, "big.homeplan.json"))
                .extracting(e -> ((FamilyFileException) e).problem()).isEqualTo(FamilyFileException.Problem.TOO_BIG);
    }

    @Test
    void devicesPipesAndLinksToDevicesAreRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.homeplan.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path link = Files.createSymbolicLink(dir.resolve("zero.homeplan.json"), Path.of("/dev/zero"));
        for (Path special : List.of(Path.of("/dev/zero"), fifo, link)) {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () ->
                    assertThatThrownBy(() -> FamilyFile.read(special))
                            .isInstanceOf(FamilyFileException.class)
                            .hasMessageContaining("is not a file that holds a family (it is a device, a pipe"));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of("import", link.toString(), "--db", db.toString()));
        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().contains("not a file that holds a family");
        assertThat(DatabaseSnapshot.files(dbFolder)).isEqualTo(untouched);
    }

    @Test
    void theProblemThatComesFirstInTheFileIsTheOneReported() {
        String text = new String(FamilyFile.toBytes(TestFamilies.everyField()), StandardCharsets.UTF_8)
                .replace("\"wizardStep\": 3", "\"wizardStep\": -1")
                .replace("\"status\": \"active\"", "\"status\": \"busy\"");

        assertThatThrownBy(() -> FamilyFile.fromBytes(text.getBytes(StandardCharsets.UTF_8), "two.homeplan.json"))
                .hasMessageContaining("at line 7, column 15 (/family/status)");
    }
}
