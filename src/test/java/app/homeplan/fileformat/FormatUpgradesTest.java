package app.homeplan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The upgrade path for older format versions. There is no older version yet, so the test invents a
 * "version 0" in which the family was called "household" and the child's name was "childName".
 */
class FormatUpgradesTest {
    private static final FormatUpgrades WITH_A_VERSION_ZERO = new FormatUpgrades(0, List.of(v0 -> {
        ObjectNode household = (ObjectNode) v0.remove("household");
        household.putObject("child").put("name", household.remove("childName").asText());
        v0.set("family", household);
        v0.put("version", 1);
        return v0;
    }));

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anOlderFileIsUpgradedStepByStepThenCheckedAndRead() {
        Family family = FamilyFileReader.fromBytes(json("""
                {"format": "homeplan-family", "version": 0, "household": {"uid": "u-0", "childName": "Ada"}}
                """), "old.homeplan.json", WITH_A_VERSION_ZERO);

        assertThat(family.uid()).isEqualTo("u-0");
        assertThat(family.child().name()).isEqualTo("Ada");
    }

    @Test
    void anUpgradedFileIsStillCheckedAgainstTheCurrentSchema() {
        assertThatThrownBy(() -> FamilyFileReader.fromBytes(json("""
                {"format": "homeplan-family", "version": 0, "household": {"uid": "u-0", "childName": "Ada", "colour": 1}}
                """), "old.homeplan.json", WITH_A_VERSION_ZERO))
                .isInstanceOf(FamilyFileException.class)
                .hasMessageContaining("(/family/colour): \u201ccolour\u201d is not a field of a family file");
    }

    @Test
    void theReleasedVersionsStartAtOneWithNothingToUpgrade() {
        assertThat(FormatUpgrades.RELEASED.first()).isEqualTo(1);
        assertThat(FormatUpgrades.RELEASED.current()).isEqualTo(FamilyFile.VERSION);
        assertThatThrownBy(() -> FamilyFile.fromBytes(json("""
                {"format": "homeplan-family", "version": 0, "household": {}}
                """), "old.homeplan.json"))
                .hasMessageContaining("has the version 0, which Homeplan does not know");
    }
}
