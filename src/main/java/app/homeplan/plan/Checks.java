package app.homeplan.plan;

import java.util.List;
import java.util.Objects;

/** Small guards shared by the plan records; each failure is a {@link PlanValidationException}. */
final class Checks {
    private Checks() {
    }

    /**
     * Null becomes "", so every text field of a plan is a string users can edit. Invisible control
     * characters and broken surrogate halves are dropped (see {@link FamilyLimits#withoutInvisibleJunk}).
     */
    static String text(String value) {
        return value == null ? "" : FamilyLimits.withoutInvisibleJunk(value);
    }

    static String required(String value, String fieldKey) {
        value = FamilyLimits.withoutInvisibleJunk(value);
        if (value == null || value.isBlank()) {
            throw new PlanValidationException("plan.error.required", app.homeplan.i18n.Messages.get(fieldKey));
        }
        return value;
    }

    static String id(String value) {
        if (value == null || value.isBlank()) {
            return Ids.newId();
        }
        return value;
    }

    static Integer range(Integer value, int min, int max, String fieldKey) {
        if (value != null && (value < min || value > max)) {
            throw new PlanValidationException("plan.error.range",
                    app.homeplan.i18n.Messages.get(fieldKey), value, min, max);
        }
        return value;
    }

    static <T> List<T> list(List<T> values) {
        if (values == null) {
            return List.of();
        }
        values.forEach(v -> Objects.requireNonNull(v, "list element"));
        return List.copyOf(values);
    }
}
