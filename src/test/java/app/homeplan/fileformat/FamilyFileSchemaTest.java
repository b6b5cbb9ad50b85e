package app.homeplan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The published schema is a valid JSON Schema, and docs/family-file.md links it and explains every field. */
class FamilyFileSchemaTest {
    private static JsonNode schema() throws IOException {
        try (InputStream in = FamilyFileSchemaTest.class.getResourceAsStream(FamilyFile.SCHEMA_RESOURCE)) {
            return FamilyFileReader.JSON.readTree(in);
        }
    }

    @Test
    void theSchemaIsAValidDraft2020_12Schema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        var metaSchema = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(schema())).isEmpty();
    }

    @Test
    void theDocumentationLinksTheSchemaAndNamesEveryFieldInIt() throws IOException {
        Path docs = Path.of("docs/family-file.md");
        String text = Files.readString(docs);

        Matcher link = Pattern.compile("\\]\\((\\.\\./src/main/resources/fileformat/family-file\\.schema\\.json)\\)").matcher(text);
        assertThat(link.find()).as("docs link the schema").isTrue();
        assertThat(docs.getParent().resolve(link.group(1))).exists();

        TreeSet<String> fields = new TreeSet<>();
        collectFieldNames(schema(), fields);
        assertThat(fields).hasSizeGreaterThan(60);
        List<String> undocumented = new ArrayList<>();
        for (String field : fields) {
            if (!text.contains("`" + field + "`")) {
                undocumented.add(field);
            }
        }
        assertThat(undocumented).isEmpty();
    }

    private static void collectFieldNames(JsonNode node, TreeSet<String> fields) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(fields::add);
            }
            node.elements().forEachRemaining(child -> collectFieldNames(child, fields));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectFieldNames(child, fields));
        }
    }
}
