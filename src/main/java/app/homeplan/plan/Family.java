package app.homeplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One family's whole record: who they are, their day, their goals and strategies, and reviews.
 * Immutable; change it through {@link #toBuilder()}. References between parts (a goal's routines, a
 * strategy's goal and routine, a review's goals) are checked, so a family can never point at
 * something that is not there.
 *
 * @param id          the store's number for the family (0 before it is stored); shown by the CLI
 * @param uid         the family's lasting identity, kept across export and import
 * @param example     the built-in example family
 * @param planLanguage the language pack code the family's copy prints in ("vi"); empty for the default
 *                    (the caregivers' preferred language when Homeplan has a pack for it, else English)
 * @param planBilingual the family's copy prints English after each part of the plan's language (for
 *                    childcare staff and other carers who read English); chosen at export
 * @param wizardStep  the intake step the family was last on, so reopening resumes there
 * @param copyOf      the uid of the family this one was imported as a copy of; empty for an original
 */
public record Family(long id, String uid, boolean example, PlanStatus status, Child child,
                     List<Caregiver> caregivers, List<Clinician> clinicians, String otherAttendees,
                     LocalDate meetingDate, boolean consentToStore, AboutUs about, List<Support> supports,
                     List<Routine> routines, List<Goal> goals, List<Strategy> strategies, List<Review> reviews,
                     LocalDate reviewDate, String planLanguage, boolean planBilingual, int wizardStep, Instant createdAt,
                     Instant updatedAt, String copyOf) {

    public Family {
        uid = Checks.id(uid);
        status = Objects.requireNonNullElse(status, PlanStatus.DRAFT);
        Objects.requireNonNull(child, "child");
        caregivers = Checks.list(caregivers);
        clinicians = Checks.list(clinicians);
        otherAttendees = Checks.text(otherAttendees);
        about = Objects.requireNonNullElse(about, AboutUs.EMPTY);
        supports = Checks.list(supports);
        routines = Checks.list(routines);
        goals = Checks.list(goals);
        strategies = Checks.list(strategies);
        reviews = withoutStalePractice(Checks.list(reviews), routines, goals);
        planLanguage = Checks.text(planLanguage).strip();
        copyOf = Checks.text(copyOf).strip();
        if (wizardStep < 0) {
            wizardStep = 0;
        }
        createdAt = Objects.requireNonNullElseGet(createdAt, Instant::now);
        updatedAt = Objects.requireNonNullElse(updatedAt, createdAt);
        checkReferences(caregivers, clinicians, supports, routines, goals, strategies, reviews);
    }

    /** A new, empty draft for a child. */
    public static Family newFor(String childName) {
        return builder(Child.named(childName)).build();
    }

    /** Imported as a copy of a family that was already here (the home list marks it). */
    public boolean isCopy() {
        return !copyOf.isEmpty();
    }

    public static Builder builder(Child child) {
        return new Builder(child);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Optional<Routine> routine(String routineId) {
        return routines.stream().filter(r -> r.id().equals(routineId)).findFirst();
    }

    public Optional<Goal> goal(String goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /** Strategies for one goal inside one routine, in the order they were written. */
    public List<Strategy> strategiesFor(String goalId, String routineId) {
        return strategies.stream()
                .filter(s -> s.goalId().equals(goalId) && s.routineId().equals(routineId))
                .toList();
    }

    /** Goals practised in a routine, in the family's priority order. */
    public List<Goal> goalsIn(String routineId) {
        return goals.stream().filter(g -> g.routineIds().contains(routineId)).toList();
    }

    /** The newest review, if any. */
    public Optional<Review> latestReview() {
        return reviews.stream().max(java.util.Comparator.comparing(Review::date));
    }

    private static void checkReferences(List<Caregiver> caregivers, List<Clinician> clinicians,
                                        List<Support> supports, List<Routine> routines, List<Goal> goals,
                                        List<Strategy> strategies, List<Review> reviews) {
        unique(caregivers.stream().map(Caregiver::id).toList());
        unique(clinicians.stream().map(Clinician::id).toList());
        unique(supports.stream().map(Support::id).toList());
        Set<String> routineIds = unique(routines.stream().map(Routine::id).toList());
        unique(routines.stream().flatMap(r -> r.concerns().stream()).map(Concern::id).toList());
        Set<String> goalIds = unique(goals.stream().map(Goal::id).toList());
        unique(strategies.stream().map(Strategy::id).toList());
        unique(reviews.stream().map(Review::id).toList());
        for (Goal goal : goals) {
            for (String routineId : goal.routineIds()) {
                if (!routineIds.contains(routineId)) {
                    throw new PlanValidationException("plan.error.goalRoutineMissing", goal.headline());
                }
            }
        }
        for (Strategy strategy : strategies) {
            if (!goalIds.contains(strategy.goalId())) {
                throw new PlanValidationException("plan.error.strategyGoalMissing", strategy.what());
            }
            if (!routineIds.contains(strategy.routineId())) {
                throw new PlanValidationException("plan.error.strategyRoutineMissing", strategy.what());
            }
        }
        for (Review review : reviews) {
            for (GoalRating rating : review.ratings()) {
                if (!goalIds.contains(rating.goalId())) {
                    throw new PlanValidationException("plan.error.ratingGoalMissing", review.date());
                }
            }
        }
    }

    /**
     * Tracker ticks go with their goal and routine: when either leaves the plan its ticks go too, as
     * the store's foreign keys do (a removed routine must not make the plan invalid).
     */
    private static List<Review> withoutStalePractice(List<Review> reviews, List<Routine> routines, List<Goal> goals) {
        if (reviews.stream().allMatch(r -> r.practice().isEmpty())) {
            return reviews;
        }
        Set<String> routineIds = new HashSet<>(routines.stream().map(Routine::id).toList());
        Set<String> goalIds = new HashSet<>(goals.stream().map(Goal::id).toList());
        return reviews.stream().map(r -> r.practice().stream()
                        .allMatch(p -> goalIds.contains(p.goalId()) && routineIds.contains(p.routineId())) ? r
                        : r.withPractice(r.practice().stream()
                                .filter(p -> goalIds.contains(p.goalId()) && routineIds.contains(p.routineId())).toList()))
                .toList();
    }

    private static Set<String> unique(List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new PlanValidationException("plan.error.duplicateId", id);
            }
        }
        return seen;
    }

    /** Mutable helper for building a changed copy of a family. */
    public static final class Builder {
        private long id;
        private String uid;
        private boolean example;
        private PlanStatus status = PlanStatus.DRAFT;
        private Child child;
        private List<Caregiver> caregivers = List.of();
        private List<Clinician> clinicians = List.of();
        private String otherAttendees = "";
        private LocalDate meetingDate;
        private boolean consentToStore;
        private AboutUs about = AboutUs.EMPTY;
        private List<Support> supports = List.of();
        private List<Routine> routines = List.of();
        private List<Goal> goals = List.of();
        private List<Strategy> strategies = List.of();
        private List<Review> reviews = List.of();
        private LocalDate reviewDate;
        private String planLanguage = "";
        private boolean planBilingual;
        private int wizardStep;
        private String copyOf = "";
        private Instant createdAt;
        private Instant updatedAt;

        private Builder(Child child) {
            this.child = child;
        }

        private Builder(Family f) {
            id = f.id;
            uid = f.uid;
            example = f.example;
            status = f.status;
            child = f.child;
            caregivers = f.caregivers;
            clinicians = f.clinicians;
            otherAttendees = f.otherAttendees;
            meetingDate = f.meetingDate;
            consentToStore = f.consentToStore;
            about = f.about;
            supports = f.supports;
            routines = f.routines;
            goals = f.goals;
            strategies = f.strategies;
            reviews = f.reviews;
            reviewDate = f.reviewDate;
            planLanguage = f.planLanguage;
            planBilingual = f.planBilingual;
            wizardStep = f.wizardStep;
            copyOf = f.copyOf;
            createdAt = f.createdAt;
            updatedAt = f.updatedAt;
        }

        public Builder id(long value) { id = value; return this; }
        public Builder uid(String value) { uid = value; return this; }
        public Builder example(boolean value) { example = value; return this; }
        public Builder status(PlanStatus value) { status = value; return this; }
        public Builder child(Child value) { child = value; return this; }
        public Builder caregivers(List<Caregiver> value) { caregivers = value; return this; }
        public Builder clinicians(List<Clinician> value) { clinicians = value; return this; }
        public Builder otherAttendees(String value) { otherAttendees = value; return this; }
        public Builder meetingDate(LocalDate value) { meetingDate = value; return this; }
        public Builder consentToStore(boolean value) { consentToStore = value; return this; }
        public Builder about(AboutUs value) { about = value; return this; }
        public Builder supports(List<Support> value) { supports = value; return this; }
        public Builder routines(List<Routine> value) { routines = value; return this; }
        public Builder goals(List<Goal> value) { goals = value; return this; }
        public Builder strategies(List<Strategy> value) { strategies = value; return this; }
        public Builder reviews(List<Review> value) { reviews = value; return this; }
        public Builder reviewDate(LocalDate value) { reviewDate = value; return this; }
        public Builder planLanguage(String value) { planLanguage = value; return this; }
        public Builder planBilingual(boolean value) { planBilingual = value; return this; }
        public Builder wizardStep(int value) { wizardStep = value; return this; }
        public Builder copyOf(String value) { copyOf = value; return this; }
        public Builder createdAt(Instant value) { createdAt = value; return this; }
        public Builder updatedAt(Instant value) { updatedAt = value; return this; }

        public Family build() {
            return new Family(id, uid, example, status, child, caregivers, clinicians, otherAttendees, meetingDate,
                    consentToStore, about, supports, routines, goals, strategies, reviews, reviewDate, planLanguage,
                    planBilingual, wizardStep, createdAt, updatedAt, copyOf);
        }
    }
}
