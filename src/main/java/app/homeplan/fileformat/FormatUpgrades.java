package app.homeplan.fileformat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings a family file of an older format version up to the current one, one version at a time,
 * before it is checked against the current schema. Step {@code i} turns version {@code first + i}
 * into version {@code first + i + 1} (renaming fields, filling new ones) and sets {@code version}.
 *
 * <p>Version 1 is the first format, so there are no steps today. When the format changes: write the
 * new schema, add the step from the version before it to {@link #RELEASED}, raise
 * {@link FamilyFile#VERSION}, and keep a file of the old version among the tests so it goes on opening.
 */
final class FormatUpgrades {
    /** The versions this Homeplan reads: 1, with nothing to upgrade yet. */
    static final FormatUpgrades RELEASED = new FormatUpgrades(1, List.of());

    private final int first;
    private final List<UnaryOperator<ObjectNode>> steps;

    FormatUpgrades(int first, List<UnaryOperator<ObjectNode>> steps) {
        this.first = first;
        this.steps = List.copyOf(steps);
    }

    /** The oldest version that can be read. */
    int first() {
        return first;
    }

    /** The version files are upgraded to: the one the schema describes. */
    int current() {
        return first + steps.size();
    }

    /** The file's tree at the current version; {@code version} is between first and current. */
    ObjectNode upgrade(ObjectNode file, int version) {
        ObjectNode tree = file;
        for (int v = version; v < current(); v++) {
            tree = steps.get(v - first).apply(tree);
        }
        return tree;
    }
}
