package app.homeplan.fileformat;

import app.homeplan.i18n.Messages;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks a family file against the published JSON Schema and words the first problem for people:
 * which field, what it must be, and what it was. The schema is loaded once, on first use.
 */
final class FamilyFileSchema {
    /** A problem the schema found: where (JSON pointer) and what (a sentence fragment). */
    record Violation(String pointer, String description) {
    }

    private static final class Holder {
        static final FamilyFileSchema INSTANCE = new FamilyFileSchema();
    }

    private final JsonNode schemaTree;
    private final Schema schema;

    private FamilyFileSchema() {
        try (InputStream in = Objects.requireNonNull(FamilyFileSchema.class.getResourceAsStream(FamilyFile.SCHEMA_RESOURCE),
                FamilyFile.SCHEMA_RESOURCE)) {
            schemaTree = FamilyFileReader.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The family file schema is missing from the application", e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        schema = registry.getSchema(schemaTree);
        schema.initializeValidators();
    }

    static FamilyFileSchema get() {
        return Holder.INSTANCE;
    }

    private static final java.util.concurrent.atomic.AtomicBoolean LOADING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts loading the schema on a thread of its own (once per run), so a cold import parses the file
     * meanwhile; {@link #get()} waits for it if it is still loading.
     */
    static void loadInBackground() {
        if (LOADING.compareAndSet(false, true)) {
            Thread loader = new Thread(FamilyFileSchema::get, "family-file-schema");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** Every problem with the file, in the order the validator found them; empty when it is valid. */
    List<Violation> check(JsonNode file) {
        List<Violation> violations = new ArrayList<>();
        for (Error error : schema.validate(file)) {
            violations.add(describe(error));
        }
        return violations;
    }

    /** Every problem the schema or the rules beyond it ({@link FamilyFileRules}) find; empty when valid. */
    static List<Violation> everyProblem(JsonNode file) {
        List<Violation> violations = get().check(file);
        violations.addAll(FamilyFileRules.check(file));
        return violations;
    }

    private Violation describe(Error error) {
        String pointer = pointer(error.getInstanceLocation().toString());
        JsonNode value = error.getInstanceNode();
        String keyword = String.valueOf(error.getKeyword());
        JsonNode rule = schemaNode(error);
        String field = fieldName(pointer);
        String description = switch (keyword) {
            case "required" -> Messages.get("fileformat.rule.required", error.getProperty());
            case "additionalProperties" -> {
                String name = error.getProperty();
                pointer = pointer + "/" + JsonLocations.escape(name);
                yield Messages.get("fileformat.rule.unknownField", name);
            }
            case "type" -> Messages.get("fileformat.rule.type", field, typeWords(rule.path("type")), typeOf(value));
            case "minimum", "maximum" -> rule.has("minimum") && rule.has("maximum")
                    ? Messages.get("fileformat.rule.range", field, rule.get("minimum").asText(),
                            rule.get("maximum").asText(), show(value))
                    : Messages.get("fileformat.rule." + keyword, field, rule.path(keyword).asText(), show(value));
            case "enum" -> Messages.get("fileformat.rule.enum", field, choices(rule.path("enum")), show(value));
            case "const" -> Messages.get("fileformat.rule.const", field, show(rule.path("const")), show(value));
            case "pattern", "format" -> switch (rule.path("format").asText()) {
                case "date" -> Messages.get("fileformat.rule.date", field, show(value));
                case "date-time" -> Messages.get("fileformat.rule.instant", field, show(value));
                default -> Messages.get("fileformat.rule.empty", field);
            };
            case "minLength" -> Messages.get("fileformat.rule.empty", field);
            case "maxLength" -> Messages.get("fileformat.rule.tooLong", field, rule.path("maxLength").asText());
            case "maxItems" -> Messages.get("fileformat.rule.tooMany", field, rule.path("maxItems").asText());
            case "uniqueItems" -> Messages.get("fileformat.rule.unique", field);
            default -> Messages.get("fileformat.rule.other", field, error.getMessage());
        };
        return new Violation(pointer, description);
    }

    /** The schema object that holds the keyword which failed (e.g. the one with minimum and maximum). */
    private JsonNode schemaNode(Error error) {
        String location = error.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        if (hash < 0) {
            return schemaTree;
        }
        JsonPointer keywordPointer = JsonPointer.compile(pointer(location.substring(hash + 1)));
        JsonPointer parent = keywordPointer.head();
        return parent == null ? schemaTree : schemaTree.at(parent);
    }

    /** The validator's pointer as a plain RFC 6901 pointer ("" for the whole file). */
    private static String pointer(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "";
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    /** The name of the field a pointer ends in; for a list item, the list's name. */
    static String fieldName(String pointer) {
        String[] parts = pointer.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty() && !parts[i].chars().allMatch(Character::isDigit)) {
                return parts[i].replace("~1", "/").replace("~0", "~");
            }
        }
        return Messages.get("fileformat.rule.wholeFile");
    }

    private static String typeWords(JsonNode type) {
        List<String> words = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> words.add(Messages.get("fileformat.type." + t.asText())));
        } else {
            words.add(Messages.get("fileformat.type." + type.asText()));
        }
        return String.join(Messages.get("fileformat.type.or"), words);
    }

    private static String typeOf(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return Messages.get("fileformat.type.nothing");
        }
        String type = switch (value.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
            case BOOLEAN -> "boolean";
            case OBJECT -> "object";
            case ARRAY -> "array";
            default -> "null";
        };
        return Messages.get("fileformat.type." + type) + (value.isValueNode() && !value.isNull() ? " " + show(value) : "");
    }

    private static String choices(JsonNode allowed) {
        List<String> values = new ArrayList<>();
        allowed.forEach(v -> values.add(show(v)));
        return String.join(", ", values);
    }

    /** A value as it is written in the file, cut short when long. */
    static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return Messages.get("fileformat.type.nothing");
        }
        String text = value.isContainerNode() ? Messages.get("fileformat.type." + (value.isArray() ? "array" : "object"))
                : value.toString();
        return text.codePointCount(0, text.length()) > 40
                ? text.substring(0, text.offsetByCodePoints(0, 37)) + "\u2026"
                : text;
    }
}
