package app.homeplan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.PlanStatus;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FamilyFileTest {
    @TempDir
    Path dir;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FamilyFileTest.class.getResourceAsStream("/fileformat/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyFieldSurvivesTheFileExactly() {
        Family family = TestFamilies.everyField();

        byte[] written = FamilyFile.toBytes(family);
        Family read = FamilyFile.fromBytes(written, "every.homeplan.json");

        assertThat(read).isEqualTo(family);
        assertThat(read.about().hopes()).hasSize(100_000);
        assertThat(FamilyFile.toBytes(read)).isEqualTo(written);
    }

    @Test
    void theFileIsReadableUtf8WithFormatAndVersionFirstAndOneNewlineAtTheEnd() {
        String text = new String(FamilyFile.toBytes(TestFamilies.everyField()), StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\n  \"format\": \"homeplan-family\",\n  \"version\": 1,\n  \"family\": {\n");
        assertThat(text).endsWith("}\n").doesNotEndWith("}\n\n").doesNotContain("\r");
        // Letters and emoji are written as themselves, not as \\u escapes.
        assertThat(text).contains("Nguyễn Thị Ánh", "مريم", "小明", "👩‍👧‍👦").doesNotContain("\\uD83D");
    }

    @Test
    void theStoresNumberForTheFamilyIsNotInTheFileButItsIdentityIs() throws Exception {
        try (Store store = Stores.open(dir.resolve("homeplan.db"))) {
            store.families().insert(Family.newFor("Ada"));
            Family stored = store.families().insert(TestFamilies.everyField());
            assertThat(stored.id()).isGreaterThan(1);

            JsonNode tree = FamilyFileReader.JSON.readTree(FamilyFile.toBytes(stored));

            JsonNode family = tree.get("family");
            assertThat(family.has("id")).isFalse();
            assertThat(family.get("uid").asText()).isEqualTo(stored.uid());
            assertThat(fieldNames(family)).containsExactly("uid", "example", "status", "child", "caregivers",
                    "clinicians", "otherAttendees", "meetingDate", "consentToStore", "aboutUs", "supports", "routines",
                    "goals", "strategies", "reviews", "reviewDate", "wizardStep", "createdAt", "updatedAt");
            assertThat(family.get("goals").get(0).get("routineIds").get(0).asText())
                    .isEqualTo(stored.routines().get(0).id());
            assertThat(family.get("strategies").get(0).get("routineId").asText())
                    .isEqualTo(stored.strategies().get(0).routineId());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aFileOfTheReleasedVersionOneStillOpensAndIsWrittenBackByteForByte() throws IOException {
        byte[] released = resource("mia-v1.homeplan.json");

        Family family = FamilyFile.fromBytes(released, "mia-v1.homeplan.json");

        assertThat(family.uid()).isEqualTo("3f1c9a52-6d2e-4b8a-9f41-0c7e5d2a8b13");
        assertThat(family.child().name()).isEqualTo("Mia Nguyễn");
        assertThat(family.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(family.routines()).extracting(r -> r.id()).containsExactly("routine-breakfast", "routine-bath", "routine-nana");
        assertThat(family.goals().get(0).routineIds()).containsExactly("routine-breakfast", "routine-nana");
        assertThat(family.goals().get(0).copm().importance()).isEqualTo(9);
        assertThat(family.goals().get(0).gas().baseline()).isEqualTo(-1);
        assertThat(family.goals().get(1).targetDate()).isNull();
        assertThat(family.strategies()).hasSize(3);
        assertThat(family.reviews().get(0).ratings().get(1).status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(family.reviewDate()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(family.updatedAt()).isEqualTo(Instant.parse("2027-02-01T10:45:12.250Z"));
        // If this fails, the writer changed what version 1 looks like: that needs a new version.
        assertThat(new String(FamilyFile.toBytes(family), StandardCharsets.UTF_8))
                .isEqualTo(new String(released, StandardCharsets.UTF_8));
    }

    @Test
    void fieldsLeftOutOfAHandWrittenFileTakeTheirEmptyValues() {
        String minimal = """
                {"format": "homeplan-family", "version": 1,
                 "family": {"uid": "u-1", "child": {"name": "Ada"}, "createdAt": "2026-01-02T03:04:05Z",
                            "routines": [{"id": "r"}], "goals": [{"id": "g", "routineIds": ["r"]}],
                            "reviews": [{"id": "v", "date": "2026-03-01", "ratings": [{"goalId": "g"}]}]}}
                """;

        Family family = FamilyFile.fromBytes(minimal.getBytes(StandardCharsets.UTF_8), "minimal.homeplan.json");

        assertThat(family.child().name()).isEqualTo("Ada");
        assertThat(family.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(family.caregivers()).isEmpty();
        assertThat(family.routines().get(0).satisfaction()).isNull();
        assertThat(family.goals().get(0).copm().isEmpty()).isTrue();
        // A decision left out is "not decided yet", never assumed to be "continuing".
        assertThat(family.reviews().get(0).ratings().get(0).status()).isNull();
        assertThat(family.updatedAt()).isEqualTo(family.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void theExampleFamilyGoesThroughExportImportExportUnchanged() {
        Path exported = dir.resolve("example.homeplan.json");
        Path again = dir.resolve("again.homeplan.json");
        Family original;
        try (Store first = Stores.open(dir.resolve("first.db"))) {
            original = first.families().load(first.families().listAll().get(0).id()).orElseThrow();
            FamilyFile.write(original, exported);
        }
        try (Store second = Stores.open(dir.resolve("second.db"))) {
            second.families().delete(second.families().listAll().get(0).id());
            Family imported = ((FamilyImport.Imported) FamilyImport.store(second.families(),
                    FamilyFile.read(exported), false)).family();
            Family loaded = second.families().load(imported.id()).orElseThrow();
            assertThat(loaded.toBuilder().id(original.id()).build()).isEqualTo(original);
            FamilyFile.write(loaded, again);
        }
        assertThat(dir.resolve("again.homeplan.json")).hasSameBinaryContentAs(exported);
    }

    @Test
    void theFileIsWrittenReadableByTheUserOnlyAndReplacesAnOldOneWhole() throws IOException {
        Path file = dir.resolve("mia.homeplan.json");
        Files.writeString(file, "an old export that anyone could read");
        if (app.homeplan.util.PrivateFiles.hasPosixPermissions()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }

        Family family = TestFamilies.everyField();
        FamilyFile.write(family, file);

        assertThat(file).hasBinaryContent(FamilyFile.toBytes(family));
        if (app.homeplan.util.PrivateFiles.hasPosixPermissions()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void writingWhereItCannotBeWrittenSaysWhyAndLeavesNothing() {
        Family family = Family.newFor("Ada");

        assertThatThrownBy(() -> FamilyFile.write(family, dir.resolve("no such folder").resolve("ada.homeplan.json")))
                .isInstanceOf(FamilyFileException.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("no such folder");
        assertThatThrownBy(() -> FamilyFile.write(family, dir))
                .isInstanceOf(FamilyFileException.class)
                .hasMessageContaining("is a folder");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMissingFileOrAFolderIsRefusedWithASentence() {
        assertThatThrownBy(() -> FamilyFile.read(dir.resolve("gone.homeplan.json")))
                .isInstanceOf(FamilyFileException.class)
                .hasMessage("Homeplan cannot read the file \u201cgone.homeplan.json\u201d. Check that it is still there and that you may open it.");
        assertThatThrownBy(() -> FamilyFile.read(dir))
                .isInstanceOf(FamilyFileException.class)
                .hasMessageContaining("is a folder");
    }
}
