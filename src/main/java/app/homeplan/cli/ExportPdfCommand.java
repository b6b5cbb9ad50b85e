package app.homeplan.cli;

import app.homeplan.fileformat.FamilyFile;
import app.homeplan.fileformat.FamilyFileException;
import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.print.HomePlanPdf;
import app.homeplan.print.Paper;
import app.homeplan.print.PlanCopy;
import app.homeplan.print.PrintException;
import app.homeplan.print.PrintOptions;
import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.store.AccessLog;
import app.homeplan.store.Store;
import app.homeplan.scores.GasMode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * {@code export-pdf (--family ID | --file FAMILY_FILE) -o FILE [--paper a4|letter]
 * [--copy family|clinician|progress] [--weeks N] [--language CODE] [--bilingual]}: prints a home plan (or, with {@code --copy progress},
 * the family's progress summary) as a PDF, from a stored family or straight from a family file (which
 * is read and checked but not stored). The paper defaults to the one this computer is set up for
 * ({@link Paper#forThisComputer}: US Letter in the US, Canada, Mexico, the Philippines...; A4 elsewhere
 * and when the computer names no country, as with the C locale).
 *
 * <p>Where the family comes from is one method, {@link #family}, so other sources (a family file)
 * plug in there; the writing is {@link #export}.
 */
@CommandLine.Command(name = "export-pdf")
public final class ExportPdfCommand implements Command {
    @CommandLine.Mixin
    StoredFamilyOptions target = new StoredFamilyOptions();

    @CommandLine.Option(names = "--file")
    String file;

    @CommandLine.Option(names = "--paper")
    String paper;

    @CommandLine.Option(names = "--copy")
    String copy;

    @CommandLine.Option(names = "--weeks")
    String weeks;

    @CommandLine.Option(names = "--language")
    String language;

    @CommandLine.Option(names = "--bilingual")
    boolean bilingual;

    @Override
    public int run(CommandContext context) {
        Path output = target.output();
        PrintOptions options = options(context);
        boolean fromFile = file != null;
        if (fromFile == target.familyGiven()) {
            throw new UsageException("cli.error.familyOrFile");
        }
        Family family;
        if (fromFile) {
            family = fromFile(); // a family file alone prints full GAS
        } else {
            long id = target.familyId();
            // One opening of the data file: the family, and the clinic's GAS setting kept beside it.
            try (Store store = context.openStoreForReading()) {
                family = store.families().loadFor(AccessLog.Action.PRINT, id, target.purpose())
                        .orElseThrow(() -> new CommandFailure("cli.error.noFamily", String.valueOf(id)));
                options = options.withGasMode(GasMode.parse(store.settings().get(GasMode.SETTING).orElse(null)));
            }
        }
        export(context, family, options, output);
        return Cli.OK;
    }

    /** The family in {@code --file}, read without storing it. */
    private Family fromFile() {
        String given = Options.required("--file", file);
        try {
            return FamilyFile.read(Path.of(given), () -> Passphrase.toOpen(System.getenv(), System.console(), given));
        } catch (InvalidPathException e) {
            throw new UsageException("cli.error.badPath", given);
        } catch (FamilyFileException e) {
            throw new CommandFailure(e, "fileformat.cli.failed", e.getMessage());
        }
    }

    /** Writes the PDF (whole or not at all) and says where it went. */
    static void export(CommandContext context, Family family, PrintOptions options, Path output) {
        try {
            Path written = HomePlanPdf.writeFile(family, options, output);
            context.out().println(Messages.get("cli.exportPdf.done", written));
            context.out().flush();
        } catch (PrintException e) {
            throw new CommandFailure(e, e.key(), e.args());
        }
    }

    private PrintOptions options(CommandContext context) {
        Locale locale = Locale.getDefault();
        Paper paper = Optional.ofNullable(this.paper).map(value -> {
            Paper p = Paper.fromOptionName(value);
            if (p == null) {
                throw new UsageException("cli.error.badChoice", "--paper", choices(Paper.values()), value);
            }
            return p;
        }).orElse(Paper.forThisComputer());
        PlanCopy copy = Optional.ofNullable(this.copy).map(value -> {
            PlanCopy c = PlanCopy.fromOptionName(value);
            if (c == null) {
                throw new UsageException("cli.error.badChoice", "--copy", choices(PlanCopy.values()), value);
            }
            return c;
        }).orElse(PlanCopy.FAMILY);
        int weeks = Optional.ofNullable(this.weeks).map(ExportPdfCommand::weeks).orElse(PrintOptions.DEFAULT_WEEKS);
        LanguagePacks packs = LanguagePacks.load(dataFolder(context));
        String language = Optional.ofNullable(this.language).map(code -> packs.find(code).map(LanguagePack::code)
                .orElseThrow(() -> new UsageException("cli.error.badLanguage", code, available(packs))))
                .orElse(null);
        return new PrintOptions(paper, copy, weeks, locale, LocalDate.now(), language, bilingual, packs, null);
    }

    /** The folder beside the database, whose language-packs folder holds a clinic's own packs. */
    private static Path dataFolder(CommandContext context) {
        try {
            Path db = context.database().toAbsolutePath();
            return db.getParent();
        } catch (RuntimeException e) {
            return null; // a bad --db is reported when the store is opened
        }
    }

    /** "en (English), es (Español), ..." */
    private static String available(LanguagePacks packs) {
        return packs.all().stream().map(p -> p.code() + " (" + p.name() + ")").collect(Collectors.joining(", "));
    }

    private static int weeks(String value) {
        try {
            int weeks = Integer.parseInt(value.strip());
            if (weeks >= PrintOptions.MIN_WEEKS && weeks <= PrintOptions.MAX_WEEKS) {
                return weeks;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below with the allowed range.
        }
        throw new UsageException("cli.error.weeksRange", PrintOptions.MIN_WEEKS, PrintOptions.MAX_WEEKS, value);
    }

    private static String choices(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
