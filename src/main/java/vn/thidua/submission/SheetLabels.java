package vn.thidua.submission;

import java.util.List;
import java.util.function.Function;

/**
 * The texts of the Excel form that are not data, so that the caller can localise them: the sheet's name, the
 * header of each column and the hint written in the note column for each type of field.
 */
public record SheetLabels(String sheetName, String key, String section, String label, String value, String note,
        String decimalHint, String countHint, String yesNoHint, String textHint) {

    /** Message keys read by {@link #from(Function)}, in the order of the record's components. */
    public static final List<String> MESSAGE_KEYS = List.of(
            "sheet.name", "sheet.header.key", "sheet.header.section", "sheet.header.label", "sheet.header.value",
            "sheet.header.note", "sheet.hint.decimal", "sheet.hint.count", "sheet.hint.yesNo", "sheet.hint.text");

    /** The texts from a message source, e.g. {@code key -> messages.get(key)}, for the keys {@link #MESSAGE_KEYS}. */
    public static SheetLabels from(Function<String, String> messages) {
        String[] t = MESSAGE_KEYS.stream().map(messages).toArray(String[]::new);
        return new SheetLabels(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9]);
    }

    /** The hint shown in the note column for a field of this type. */
    public String hint(FieldType type) {
        return switch (type) {
            case DECIMAL -> decimalHint;
            case COUNT -> countHint;
            case YES_NO -> yesNoHint;
            case TEXT -> textHint;
        };
    }
}
