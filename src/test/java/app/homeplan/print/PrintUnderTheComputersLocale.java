package app.homeplan.print;

import app.homeplan.Commands;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Run by {@link LocaleIndependenceTest} in a Java process of its own, started with the computer's
 * language settings (LANG, LC_ALL) and no locale options, so Java takes its locale from them as it does
 * for a user. It says which locale and character set Java took, then prints one family with the real
 * {@code export-pdf} command in every shipped language and copy.
 *
 * <p>Arguments: the family file, an empty data file, the folder for the PDFs.
 */
public final class PrintUnderTheComputersLocale {
    /** What is printed, by file name: the {@code export-pdf} options of each. No {@code --paper}: its default is under test too. */
    static final Map<String, List<String>> EXPORTS = exports();

    private PrintUnderTheComputersLocale() {
    }

    private static Map<String, List<String>> exports() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("family-language", List.of()); // the family's own plan language
        for (String code : List.of("en", "es", "vi", "ar", "zh-Hans")) {
            all.put(code, List.of("--language", code));
        }
        all.put("ar-bilingual", List.of("--language", "ar", "--bilingual"));
        all.put("clinician", List.of("--copy", "clinician"));
        all.put("progress-vi", List.of("--copy", "progress", "--language", "vi"));
        all.put("progress-ar", List.of("--copy", "progress", "--language", "ar"));
        return all;
    }

    public static void main(String[] args) {
        Path family = Path.of(args[0]);
        Path db = Path.of(args[1]);
        Path folder = Path.of(args[2]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("locale=" + Locale.getDefault().toLanguageTag() + " format="
                + Locale.getDefault(Locale.Category.FORMAT).toLanguageTag() + " charset=" + Charset.defaultCharset().name());
        int failed = 0;
        for (Map.Entry<String, List<String>> export : EXPORTS.entrySet()) {
            List<String> command = new ArrayList<>(List.of("export-pdf", "--file", family.toString(), "--db", db.toString(),
                    "-o", folder.resolve(export.getKey() + ".pdf").toString()));
            command.addAll(export.getValue());
            int code = Commands.cli(out, new PrintStream(System.err, true, StandardCharsets.UTF_8)).run(command);
            if (code != 0) {
                out.println("failed: " + export.getKey() + " exit " + code);
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
