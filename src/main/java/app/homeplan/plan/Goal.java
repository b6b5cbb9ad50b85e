package app.homeplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One outcome the family chose. A family's goals are kept in the family's priority order, so a
 * goal's rank is its place in {@link Family#goals()}. Build one with {@link #builder()} and change
 * one with {@link #toBuilder()} or the withers, never with the positional constructor: a new field
 * then touches this file and the places that store it, not every caller.
 *
 * @param familyWords     what the family said, verbatim (NDIS wording kept as is)
 * @param outcome         the participation-based outcome ("Mia will join in at breakfast by ...")
 * @param routineIds      the routines where it is practised
 * @param criterion       "we'll know it's working when ..."
 * @param sourceConcernId the starred concern it grew from, or empty
 * @param createdOn       the day it was added to the plan, so an older review does not count it as "not
 *                        rated"; null when not known (it then counts as in the plan from the start)
 * @param shortName       a few words naming the goal where the plan has room for a line (the fridge
 *                        tracker, tables), in the family's words; empty when not chosen, the plan then
 *                        uses {@link #suggestedShortName()}
 */
public record Goal(String id, String familyWords, String outcome, List<String> routineIds, String criterion,
                   LocalDate targetDate, CopmRating copm, GasScale gas, String sourceConcernId, LocalDate createdOn,
                   String shortName) {
    /**
     * Room for a short name, in {@link ShortText#width} units: two lines of the tracker's goal column.
     * A longer one is kept as typed; the plan prints its first words (the goals step says so).
     */
    public static final int SHORT_NAME_WIDTH = 60;

    /**
     * A goal's optional text added since the family file's version 1: empty unless the family chose one,
     * and then stored, written to the family file, counted toward the family's limits and, when it has a
     * print label, printed under the goal. The store, the family file and the limits go through
     * {@link #OPTIONAL_TEXTS}, so a new one is a record component, its builder method and one entry there
     * (docs/ARCHITECTURE.md, "Adding an optional field to a goal").
     *
     * @param name       the record component, the builder's method and the family file's key
     * @param column     its column in the store's {@code goal} table (a migration adds it)
     * @param limit      its length limit in characters: {@link FamilyLimits#NAME} or {@link FamilyLimits#TEXT}
     *                   (the family file's schema says the same: {@code #/$defs/name} or {@code #/$defs/text})
     * @param printLabel the message key of its label in the printed plan's goal, or null when the plan
     *                   does not print it there
     */
    public record OptionalText(String name, String column, int limit, String printLabel, Function<Goal, String> value,
                               BiFunction<Builder, String, Builder> set) {
        /** This text of the goal, empty when not chosen. */
        public String of(Goal goal) {
            return value.apply(goal);
        }
    }

    /** Every optional text of a goal, in the family file's order. */
    public static final List<OptionalText> OPTIONAL_TEXTS = List.of(
            new OptionalText("shortName", "short_name", FamilyLimits.NAME, null, Goal::shortName, Builder::shortName));

    public Goal {
        id = Checks.id(id);
        familyWords = Checks.text(familyWords);
        outcome = Checks.text(outcome);
        routineIds = Checks.list(routineIds).stream().distinct().toList();
        criterion = Checks.text(criterion);
        copm = Objects.requireNonNullElse(copm, CopmRating.NONE);
        gas = Objects.requireNonNullElse(gas, GasScale.NONE);
        sourceConcernId = Checks.text(sourceConcernId);
        shortName = Checks.text(shortName);
    }

    public static Goal inFamilyWords(String words) {
        return builder().familyWords(words).build();
    }

    /** An empty goal to fill in; {@link Builder#build()} gives it a new id unless one is set. */
    public static Builder builder() {
        return new Builder();
    }

    /** This goal's values, to change some and build a new goal with the same id. */
    public Builder toBuilder() {
        return new Builder().id(id).familyWords(familyWords).outcome(outcome).routineIds(routineIds)
                .criterion(criterion).targetDate(targetDate).copm(copm).gas(gas).sourceConcernId(sourceConcernId)
                .createdOn(createdOn).shortName(shortName);
    }

    /** The words shown first to the family: theirs, or the outcome when they gave none. */
    public String headline() {
        return familyWords.isBlank() ? outcome : familyWords;
    }

    /** The first words of {@link #headline()}, cut between words, as a short name when none was chosen. */
    public String suggestedShortName() {
        return ShortText.firstWords(headline(), SHORT_NAME_WIDTH);
    }

    /**
     * The goal named in a line or two: its short name (its first words when longer than the room,
     * cut between words and ending in "…"), else the suggestion. Empty only when the goal has no words.
     */
    public String briefName() {
        String chosen = shortName.strip();
        return chosen.isEmpty() ? suggestedShortName() : ShortText.firstWords(chosen, SHORT_NAME_WIDTH);
    }

    /** True when a chosen short name is longer than the plan has room for (it then prints shortened). */
    public boolean shortNameTooLong() {
        return ShortText.width(shortName.strip()) > SHORT_NAME_WIDTH;
    }

    public Goal withFamilyWords(String value) {
        return toBuilder().familyWords(value).build();
    }

    public Goal withOutcome(String value) {
        return toBuilder().outcome(value).build();
    }

    public Goal withRoutineIds(List<String> value) {
        return toBuilder().routineIds(value).build();
    }

    public Goal withCriterion(String value) {
        return toBuilder().criterion(value).build();
    }

    public Goal withTargetDate(LocalDate value) {
        return toBuilder().targetDate(value).build();
    }

    public Goal withCopm(CopmRating value) {
        return toBuilder().copm(value).build();
    }

    public Goal withGas(GasScale value) {
        return toBuilder().gas(value).build();
    }

    /** Fills a goal field by field; unset fields are empty (the record's checks apply on build). */
    public static final class Builder {
        private String id;
        private String familyWords = "";
        private String outcome = "";
        private List<String> routineIds = List.of();
        private String criterion = "";
        private LocalDate targetDate;
        private CopmRating copm;
        private GasScale gas;
        private String sourceConcernId = "";
        private LocalDate createdOn;
        private String shortName = "";

        private Builder() {
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder familyWords(String value) {
            familyWords = value;
            return this;
        }

        public Builder outcome(String value) {
            outcome = value;
            return this;
        }

        public Builder routineIds(List<String> value) {
            routineIds = value;
            return this;
        }

        public Builder criterion(String value) {
            criterion = value;
            return this;
        }

        public Builder targetDate(LocalDate value) {
            targetDate = value;
            return this;
        }

        public Builder copm(CopmRating value) {
            copm = value;
            return this;
        }

        public Builder gas(GasScale value) {
            gas = value;
            return this;
        }

        public Builder sourceConcernId(String value) {
            sourceConcernId = value;
            return this;
        }

        public Builder createdOn(LocalDate value) {
            createdOn = value;
            return this;
        }

        public Builder shortName(String value) {
            shortName = value;
            return this;
        }

        public Goal build() {
            return new Goal(id, familyWords, outcome, routineIds, criterion, targetDate, copm, gas, sourceConcernId,
                    createdOn, shortName);
        }
    }
}
