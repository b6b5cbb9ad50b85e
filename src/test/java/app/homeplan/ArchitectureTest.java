package app.homeplan;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.cli.Command;
import app.homeplan.plan.Goal;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The package arrows of docs/ARCHITECTURE.md, checked on the compiled main classes. A failure names the
 * class and the dependency that broke a rule: move the code (engine code out of a {@code ui} package,
 * screen code into one), or, when a new arrow is meant, add it to {@link #MAY_USE} and to the table in
 * docs/ARCHITECTURE.md (one test below keeps the two the same).
 */
@AnalyzeClasses(packages = "app.homeplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Every package of app.homeplan and the other packages of app.homeplan it may use ({@code ""} is the
     * root: Main, Commands, Desktop, HomeplanApp). i18n is the message bundles and the one exception base,
     * used by every package, so it is not repeated in each row.
     */
    static final Map<String, Set<String>> MAY_USE = table(
            // foundation
            "i18n", "",
            "util", "",
            "plan", "",
            // engine: no JavaFX, the command line runs without it
            "library", "plan util",
            "scores", "plan",
            "language", "plan util",
            "store", "plan library util",
            "fileformat", "plan store util",
            "print", "plan library scores language util",
            "clinic", "store",
            "safety", "",
            "review", "plan",
            "intake", "plan library",
            "about", "cli",
            "startup", "plan store print",
            "cli", "plan store fileformat print language scores clinic safety util",
            // screens: the UI kit, then each feature's ui package
            "ui", "plan store util",
            "families.ui", "ui plan store util",
            "intake.ui", "intake ui plan library language store util",
            "review.ui", "review ui plan scores store",
            "print.ui", "print ui plan scores language store util",
            "fileformat.ui", "fileformat families.ui ui plan store util",
            "safety.ui", "safety families.ui ui store",
            "about.ui", "about families.ui ui",
            "startup.ui", "families.ui",
            "clinic.ui", "clinic families.ui ui plan store",
            "language.ui", "language families.ui ui store util",
            // the composition root wires everything
            "", "*");

    /** Libraries that draw on screen: only ui packages (and the window's start at the root) use them. */
    private static final String[] SCREEN_LIBRARIES = {"javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli.."};

    @ArchTest
    static final ArchRule packagesUseOnlyTheirArrows = arrows();

    @ArchTest
    static final ArchRule engineCodeUsesNoJavaFx = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            // The composition root opens the window: HomeplanApp is the JavaFX Application, Desktop launches it.
            .and(not(belongToAnyOf(HomeplanApp.class, Desktop.class)))
            .should().dependOnClassesThat().resideInAnyPackage(SCREEN_LIBRARIES)
            .because("engine packages run on the command line without JavaFX; screens live in a ui package");

    @ArchTest
    static final ArchRule theCommandLinePathUsesNoJavaFx = noClasses()
            .that().belongToAnyOf(Main.class, Commands.class)
            .should().dependOnClassesThat().resideInAnyPackage(SCREEN_LIBRARIES)
            .orShould().dependOnClassesThat().resideInAnyPackage("..ui..")
            .because("headless commands start from Main and Commands and must not load the toolkit");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a ViewModel is tested without a scene: it holds properties, the View holds the nodes");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("app.homeplan.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commandsLiveInCli = classes()
            .that(assignableTo(Command.class).and(not(JavaClass.Predicates.equivalentTo(Command.class))))
            .or().areAnnotatedWith(CommandLine.Command.class)
            .should().resideInAPackage("app.homeplan.cli")
            .because("every headless command is one class in cli, listed once in Commands.all()");

    @ArchTest
    static final ArchRule onlyTheCommandLineParsesArguments = noClasses()
            .that().resideOutsideOfPackage("app.homeplan.cli")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("options and their errors are the command line's (cli) alone");

    @ArchTest
    static final ArchRule goalsAreMadeByTheirBuilder = noClasses()
            .that().doNotBelongToAnyOf(Goal.class)
            .should().callConstructorWhere(JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(Goal.class))))
            .because("Goal.builder(), toBuilder() and the withers name each field, so a new field breaks no caller");

    @ArchTest
    static final ArchRule propertiesAreReachedThroughMethods = noFields()
            .that().arePublic()
            .should().haveRawType(assignableTo(javafx.beans.value.ObservableValue.class))
            .because("one property convention: a ViewModel or row offers xxxProperty(), never a public field");

    @ArchTest
    static final ArchRule oneSuffixForWhatAViewBindsTo = classes()
            .that().haveSimpleNameEndingWith("Model")
            .should().haveSimpleNameEndingWith("ViewModel")
            .because("one suffix per role: what a View binds to is a ViewModel (no *Model beside *ViewModel)");

    @Test
    void everyPackageHasARow() {
        JavaClasses main = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("app.homeplan");
        Set<String> packages = main.stream().map(c -> key(c.getPackageName())).collect(Collectors.toCollection(TreeSet::new));
        assertThat(MAY_USE.keySet()).as("a new package needs its row in ArchitectureTest.MAY_USE and docs/ARCHITECTURE.md")
                .containsAll(packages);
        assertThat(packages).as("a row for a package that is gone").containsAll(MAY_USE.keySet());
    }

    @Test
    void theDocumentSaysTheSameAsTheRules() throws IOException {
        String doc = Files.readString(Path.of("docs/ARCHITECTURE.md"));
        // rows like: | `intake.ui` | `intake`, `ui`, `plan` | what it holds |
        Pattern row = Pattern.compile("^\\| `([a-z0-9.]+|\\(root\\))` \\|([^|]*)\\|", Pattern.MULTILINE);
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher m = row.matcher(doc);
        while (m.find()) {
            String pkg = m.group(1).equals("(root)") ? "" : m.group(1);
            Set<String> uses = new TreeSet<>();
            Matcher word = Pattern.compile("`([a-z0-9.*]+)`").matcher(m.group(2));
            while (word.find()) {
                uses.add(word.group(1));
            }
            documented.put(pkg, uses);
        }
        assertThat(documented).as("the package table of docs/ARCHITECTURE.md").isEqualTo(new TreeMap<>(MAY_USE));
    }

    private static ArchRule arrows() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (String pkg : MAY_USE.keySet()) {
            layers = layers.layer(name(pkg)).definedBy(pkg.isEmpty() ? "app.homeplan" : "app.homeplan." + pkg);
        }
        for (Map.Entry<String, Set<String>> e : MAY_USE.entrySet()) {
            if (e.getValue().contains("*")) {
                continue;
            }
            List<String> allowed = e.getValue().stream().map(ArchitectureTest::name).collect(Collectors.toList());
            allowed.add(name("i18n"));
            layers = allowed.size() == 1 && e.getKey().equals("i18n")
                    ? layers.whereLayer(name(e.getKey())).mayNotAccessAnyLayer()
                    : layers.whereLayer(name(e.getKey())).mayOnlyAccessLayers(allowed.toArray(String[]::new));
        }
        return layers.because("docs/ARCHITECTURE.md lists what each package may use");
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "(root)" : pkg;
    }

    private static String key(String packageName) {
        return packageName.equals("app.homeplan") ? "" : packageName.substring("app.homeplan.".length());
    }

    private static Map<String, Set<String>> table(String... pairs) {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            table.put(pairs[i], pairs[i + 1].isBlank() ? Set.of() : Set.of(pairs[i + 1].split(" ")));
        }
        return table;
    }
}
