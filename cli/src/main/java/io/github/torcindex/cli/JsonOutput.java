package io.github.torcindex.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.torcindex.analyzer.PlannedStatement;
import io.github.torcindex.analyzer.SqlParse;
import io.github.torcindex.indexer.StatusReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The JSON that {@code --json} prints: the library's report records serialised by Jackson, components in
 * declaration order (stable for scripts), paths as plain strings, an empty Optional as null (Jdk8Module), a
 * Duration in milliseconds.
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // Only the records' components (and what a mix-in names), not helpers such as isFullScan().
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .addMixIn(StatusReport.class, StatusReportMixIn.class)
            .addMixIn(PlannedStatement.class, PlannedStatementMixIn.class)
            .addModule(new Jdk8Module())
            .addModule(new SimpleModule("torc-index")
                    .addSerializer(Path.class, new StdSerializer<Path>(Path.class) {
                        @Override
                        public void serialize(Path value, JsonGenerator gen, SerializerProvider provider)
                                throws IOException {
                            gen.writeString(value.toString());
                        }
                    })
                    .addSerializer(Duration.class, new StdSerializer<Duration>(Duration.class) {
                        @Override
                        public void serialize(Duration value, JsonGenerator gen, SerializerProvider provider)
                                throws IOException {
                            gen.writeNumber(value.toMillis());
                        }
                    }))
            .build();

    private JsonOutput() {
    }

    /** Adds what status computes from its components: the problems a script checks first. */
    private abstract static class StatusReportMixIn {
        @JsonProperty("problems")
        abstract List<String> problems();
    }

    /** A planned statement shows the tables its names stand for, not the parser's whole reading. */
    private abstract static class PlannedStatementMixIn {
        @JsonIgnore
        abstract SqlParse parse();

        @JsonProperty("aliases")
        abstract Map<String, String> aliases();
    }

    /** {@code value} as indented JSON, with one more field at the end. */
    static String of(Object value, String field, String extra) throws JsonProcessingException {
        ObjectNode tree = MAPPER.valueToTree(value);
        tree.put(field, extra);
        return MAPPER.writeValueAsString(tree);
    }

    /** {@code value} as indented JSON. */
    static String of(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value);
    }
}
