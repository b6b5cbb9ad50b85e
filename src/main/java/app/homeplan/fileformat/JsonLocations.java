package app.homeplan.fileformat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds where in the text a JSON value is (line and column), given its JSON pointer, so a message
 * about a problem found in the parsed tree can still say "line 14, column 25".
 */
final class JsonLocations {
    /** A place in the file, both counted from 1. */
    record Place(int line, int column) {
    }

    private JsonLocations() {
    }

    /**
     * Where each of the wanted pointers' values starts. One streaming pass over text that is already
     * known to parse; pointers not found are left out.
     */
    static Map<String, Place> find(String json, Set<String> pointers) {
        Map<String, Place> found = new HashMap<>();
        Deque<Container> stack = new ArrayDeque<>();
        try (JsonParser parser = FamilyFileReader.JSON.getFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && found.size() < pointers.size()) {
                Container parent = stack.peek();
                if (token == JsonToken.FIELD_NAME) {
                    parent.name = parser.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String pointer = parent == null ? "" : parent.childPointer();
                if (pointers.contains(pointer)) {
                    JsonLocation at = parser.currentTokenLocation();
                    found.put(pointer, new Place(at.getLineNr(), at.getColumnNr()));
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    stack.push(new Container(pointer, token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            // Only called for text that parsed; a failure here just means no place to show.
        }
        return found;
    }

    /** Escapes one name for a JSON pointer (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static final class Container {
        final String pointer;
        final boolean array;
        int index;
        String name;

        Container(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }

        String childPointer() {
            return pointer + "/" + (array ? Integer.toString(index++) : escape(name));
        }
    }
}
