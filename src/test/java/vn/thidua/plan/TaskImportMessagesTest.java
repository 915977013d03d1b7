package vn.thidua.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.common.TableText;

class TaskImportMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                TaskImportMessagesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyKeyUsedIsInTheBundleAndFormats(String language) throws IOException {
        Properties bundle = bundle(language);
        List<String> keys = new ArrayList<>(List.of(TableText.TOO_LARGE, TableText.NOT_XLSX,
                TaskTableParser.EMPTY, TaskTableParser.NO_HEADER, TaskTableParser.NO_TASKS, TaskTableParser.COLUMN_MISSING,
                TaskTableParser.CONTENT_MISSING, TaskTableParser.LEAD_MISSING, TaskTableParser.DUPLICATE_CODE,
                TaskDue.WARNING_NO_DATE, TaskDue.WARNING_UNRECOGNISED));
        for (TaskTableParser.Column column : TaskTableParser.Column.values()) {
            keys.add("task.import.column." + column.key());
        }
        for (TaskDue.Kind kind : TaskDue.Kind.values()) {
            keys.add("task.due.kind." + kind.name());
        }
        assertThat(bundle.stringPropertyNames()).containsAll(keys);
        for (String key : keys) {
            assertThat(new MessageFormat(bundle.getProperty(key), Locale.forLanguageTag(language)).format(new Object[] {"X", "7"}))
                    .as(key).isNotBlank().doesNotContain("{");
        }
        assertThat(new MessageFormat(bundle.getProperty(TaskDue.WARNING_NO_DATE)).format(new Object[] {"Theo lộ trình"}))
                .contains("\"Theo lộ trình\"");
    }
}
