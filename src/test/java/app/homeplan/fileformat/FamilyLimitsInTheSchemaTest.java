package app.homeplan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.FamilyLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * One source of truth for how much a family may hold: every length and count limit in the family
 * file's JSON Schema (what other programs read) is the FamilyLimits constant the reader, the writer
 * and the wizard use. The test walks the whole schema, so a limit added to one and not the other fails.
 */
class FamilyLimitsInTheSchemaTest {
    /** Each maxLength and maxItems of the schema, by where it stands, and the constant it must equal. */
    private static final Map<String, Integer> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("/$defs/text/maxLength", FamilyLimits.TEXT),
            Map.entry("/$defs/name/maxLength", FamilyLimits.NAME),
            Map.entry("/$defs/id/maxLength", FamilyLimits.ID),
            Map.entry("/$defs/child/properties/name/maxLength", FamilyLimits.NAME),
            Map.entry("/$defs/family/properties/caregivers/maxItems", FamilyLimits.CAREGIVERS),
            Map.entry("/$defs/family/properties/clinicians/maxItems", FamilyLimits.CLINICIANS),
            Map.entry("/$defs/family/properties/supports/maxItems", FamilyLimits.SUPPORTS),
            Map.entry("/$defs/family/properties/routines/maxItems", FamilyLimits.ROUTINES),
            Map.entry("/$defs/family/properties/goals/maxItems", FamilyLimits.GOALS),
            Map.entry("/$defs/family/properties/strategies/maxItems", FamilyLimits.STRATEGIES),
            Map.entry("/$defs/family/properties/reviews/maxItems", FamilyLimits.REVIEWS),
            // One routine's concerns; all the family's together are checked by FamilyFileRules.
            Map.entry("/$defs/routine/properties/concerns/maxItems", FamilyLimits.CONCERNS),
            Map.entry("/$defs/goal/properties/routineIds/maxItems", FamilyLimits.ROUTINES),
            Map.entry("/$defs/review/properties/ratings/maxItems", FamilyLimits.RATINGS),
            Map.entry("/$defs/review/properties/practice/maxItems", FamilyLimits.PRACTICE_WEEKS),
            // A language tag, not something a family fills: BCP 47 tags Homeplan writes are far shorter.
            Map.entry("/$defs/family/properties/planLanguage/maxLength", 35)));

    @Test
    void everyLimitInTheSchemaIsTheLimitTheCodeUses() throws IOException {
        JsonNode schema;
        try (InputStream in = FamilyFile.class.getResourceAsStream(FamilyFile.SCHEMA_RESOURCE)) {
            schema = new ObjectMapper().readTree(in);
        }
        Map<String, Integer> inSchema = new TreeMap<>();
        collectLimits(schema, "", inSchema);
        assertThat(inSchema).as("every maxLength and maxItems of the schema, and the FamilyLimits constant each must be")
                .isEqualTo(EXPECTED);
    }

    @Test
    void docsPrivacyListsEveryLimitWithItsNumber() throws Exception {
        // The lines of the Limits list, joined where a line wraps, so a limit's words and name stay together.
        String privacy = java.nio.file.Files.readString(java.nio.file.Path.of("docs/privacy.md")).replaceAll("\n +", " ");
        for (java.lang.reflect.Field constant : FamilyLimits.class.getFields()) {
            if (constant.getType() != int.class) {
                continue;
            }
            String name = "`FamilyLimits." + constant.getName() + "`";
            String number = java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(constant.getInt(null));
            assertThat(privacy).as("docs/privacy.md names %s", name).contains(name);
            String line = privacy.lines().filter(l -> l.contains(name)).findFirst().orElseThrow();
            String before = line.substring(0, line.indexOf(name));
            // The number nearest before the name is the limit's.
            java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("\\d[\\d,]*").matcher(before);
            String last = null;
            while (numbers.find()) {
                last = numbers.group();
            }
            assertThat(last).as("the number docs/privacy.md gives for %s", name).isEqualTo(number);
        }
    }

    private static void collectLimits(JsonNode node, String pointer, Map<String, Integer> limits) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = pointer + "/" + field.getKey();
                if ((field.getKey().equals("maxLength") || field.getKey().equals("maxItems")) && field.getValue().isInt()) {
                    limits.put(at, field.getValue().intValue());
                } else {
                    collectLimits(field.getValue(), at, limits);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLimits(node.get(i), pointer + "/" + i, limits);
            }
        }
    }
}
