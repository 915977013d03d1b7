package vn.thidua.award;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short names of titles by code ("CSTDCS" → "CSTĐCS"), falling back to the code. */
public record TitleNames(Map<String, String> shortNames) {

    public TitleNames {
        shortNames = shortNames == null ? Map.of() : Map.copyOf(shortNames);
    }

    public static TitleNames of(Map<String, String> shortNames) {
        return new TitleNames(shortNames);
    }

    public static TitleNames codesOnly() {
        return new TitleNames(Map.of());
    }

    public static TitleNames of(List<TitleDefinition> titles) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TitleDefinition t : titles) {
            names.put(t.code(), t.shortName());
        }
        return new TitleNames(names);
    }

    public String shortName(String code) {
        String name = code == null ? null : shortNames.get(code);
        return name == null || name.isBlank() ? code : name;
    }
}
