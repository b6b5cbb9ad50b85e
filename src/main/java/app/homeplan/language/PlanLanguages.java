package app.homeplan.language;

import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Family;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which language a family's copy prints in: the family's chosen plan language when Homeplan has a
 * pack for it; else the caregivers' preferred language when Homeplan has a pack for it (a caregiver who
 * needs an interpreter first, then in the order they were entered); else English.
 */
public final class PlanLanguages {
    private PlanLanguages() {
    }

    public static LanguagePack forFamily(LanguagePacks packs, Family family) {
        return packs.find(family.planLanguage()).orElseGet(() -> byDefault(packs, family));
    }

    /** The language the family's copy prints in when none is chosen. */
    public static LanguagePack byDefault(LanguagePacks packs, Family family) {
        return caregiversLanguage(packs, family).orElse(packs.english());
    }

    /** The first caregiver's preferred language Homeplan has a pack for (interpreter needed first). */
    public static Optional<LanguagePack> caregiversLanguage(LanguagePacks packs, Family family) {
        return family.caregivers().stream()
                .sorted(Comparator.comparing((Caregiver c) -> !c.interpreterNeeded()))
                .map(c -> packs.matching(c.preferredLanguage()))
                .flatMap(Optional::stream)
                // A pack with only its conventions so far (no wording yet) would print English words in its
                // layout: not a default until its words are written.
                .filter(pack -> pack.isSource() || pack.has("print.title"))
                .findFirst();
    }
}
