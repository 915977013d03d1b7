package vn.thidua.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message key of the parser has a Vietnamese and an English text, and no text is left over. */
class IndicatorImportMessagesTest {

    static Set<String> parserKeys() {
        return Arrays.stream(IndicatorTableParser.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(IndicatorImportMessagesTest::value)
                .filter(v -> v.startsWith("import.indicator.") && !v.equals("import.indicator."))
                .collect(Collectors.toSet());
    }

    private static String value(Field f) {
        try {
            f.setAccessible(true);
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void bundleHasExactlyTheParserKeys(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            assertThat(in).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(parserKeys()).hasSize(22);
        assertThat(bundle.stringPropertyNames()).containsAll(parserKeys());
        for (String key : parserKeys()) {
            String text = new MessageFormat(bundle.getProperty(key)).format(new Object[] {"A", "B", "C", "D"});
            assertThat(text).as(key).isNotBlank().doesNotContain("{");
        }
        if (language.equals("vi")) {
            assertThat(bundle.getProperty("import.indicator.unreadableValue")).contains("Không đọc được");
        }
    }
}
