package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.fileformat.FamilyFile;
import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilyRoom;
import app.homeplan.plan.Goal;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each of a goal's optional texts ({@link Goal#OPTIONAL_TEXTS}) goes wherever the list says, with no
 * other code to write: kept by a real SQLite store, written to and read from a family file (and left
 * out of the file when empty), allowed by the published schema with its limit, counted toward the
 * family's limits, and printed under the goal when it has a print label. A new entry is tested here
 * as soon as it is added.
 */
class GoalOptionalTextsTest {
    @TempDir
    Path dir;

    @Test
    void everyOptionalTextIsKeptByTheStoreAndTheFamilyFile() throws Exception {
        for (Goal.OptionalText text : Goal.OPTIONAL_TEXTS) {
            String value = "Because mornings are calmer " + TestFamilies.HARD_TEXT + " " + text.name();
            Family family = withFirstGoal(TestFamilies.everyField(), goal -> text.set().apply(goal.toBuilder(), value).build());
            assertThat(text.of(family.goals().get(0))).isEqualTo(value);

            Family stored;
            try (Store store = Stores.open(dir.resolve(text.name() + ".db"))) {
                stored = store.families().insert(family);
            }
            try (Store store = Stores.open(dir.resolve(text.name() + ".db"))) {
                Family loaded = store.families().load(stored.id()).orElseThrow();
                assertThat(text.of(loaded.goals().get(0))).as("%s after the store", text.name()).isEqualTo(value);
                assertThat(loaded).isEqualTo(stored);
            }

            Path file = dir.resolve(text.name() + FamilyFile.EXTENSION);
            FamilyFile.write(stored, file);
            assertThat(text.of(FamilyFile.read(file).goals().get(0))).as("%s after a family file", text.name())
                    .isEqualTo(value);
            JsonNode secondGoal = new ObjectMapper().readTree(FamilyFile.toBytes(stored)).at("/family/goals/1");
            assertThat(secondGoal.has(text.name())).as("an empty %s is left out of the file", text.name()).isFalse();
        }
    }

    @Test
    void everyOptionalTextIsInThePublishedSchemaWithItsLimit() throws Exception {
        JsonNode schema;
        try (InputStream in = FamilyFile.class.getResourceAsStream(FamilyFile.SCHEMA_RESOURCE)) {
            schema = new ObjectMapper().readTree(in);
        }
        for (Goal.OptionalText text : Goal.OPTIONAL_TEXTS) {
            String expected = text.limit() == app.homeplan.plan.FamilyLimits.NAME ? "#/$defs/name" : "#/$defs/text";
            assertThat(text.limit()).isIn(app.homeplan.plan.FamilyLimits.NAME, app.homeplan.plan.FamilyLimits.TEXT);
            assertThat(schema.at("/$defs/goal/properties/" + text.name() + "/$ref").asText()).as(text.name())
                    .isEqualTo(expected);
        }
    }

    @Test
    void everyOptionalTextCountsTowardTheFamilysLimits() {
        for (Goal.OptionalText text : Goal.OPTIONAL_TEXTS) {
            String tooLong = "a".repeat(text.limit() + 1);
            Family family = withFirstGoal(TestFamilies.everyField(), goal -> text.set().apply(goal.toBuilder(), tooLong).build());

            List<FamilyRoom.Note> notes = new FamilyRoom().of(family);

            assertThat(notes).as(text.name()).anySatisfy(note -> {
                assertThat(note.field()).isEqualTo("goal." + text.name());
                assertThat(note.which()).isEqualTo("1");
                assertThat(note.over()).isTrue();
            });
            assertThat(Messages.get("intake.room.field.goal." + text.name(), 1)).as("its name in the wizard's note")
                    .isNotBlank();
        }
    }

    @Test
    void anOptionalTextWithAPrintLabelIsPrintedUnderItsGoal() {
        List<Goal.OptionalText> printed = new ArrayList<>();
        for (Goal.OptionalText text : Goal.OPTIONAL_TEXTS) {
            String value = "Because mornings are calmer for " + text.name();
            Family family = withFirstGoal(TestFamilies.everyField(), goal -> text.set().apply(goal.toBuilder(), value).build());
            String page = TranslatedPlansTest.bodyText(HomePlanHtml.render(family,
                    PrintOptions.defaults(Locale.forLanguageTag("en-AU"), LocalDate.of(2026, 12, 6)).withLanguage("en")));
            if (text.printLabel() != null) {
                printed.add(text);
                assertThat(page).contains(Messages.get(text.printLabel()).replace("\u2026", "").strip()).contains(value);
            } else if (text.name().equals("shortName")) { // printed its own way: by the goal's number
                assertThat(page).contains("Goal 1: " + value);
            }
        }
        assertThat(printed).as("the texts printed under a label: today none; a new one is checked here")
                .allMatch(text -> text.printLabel().startsWith("print.goals."));
    }

    private static Family withFirstGoal(Family family, java.util.function.UnaryOperator<Goal> change) {
        List<Goal> goals = new ArrayList<>(family.goals());
        goals.set(0, change.apply(goals.get(0)));
        return family.toBuilder().goals(goals).build();
    }
}
