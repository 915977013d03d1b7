package vn.thidua.submission;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.InvalidInputException;

/**
 * An answer's reported fields as JSON, the same in the REST API and in a submitted version's snapshot. Only the
 * fields that hold something are written; reading takes every field present and leaves the others empty.
 */
public final class AnswerJson {

    private AnswerJson() {
    }

    public static void addFields(JsonObjectBuilder json, Answer answer) {
        decimal(json, "value", answer.getValue());
        decimal(json, "numerator", answer.getNumerator());
        decimal(json, "denominator", answer.getDenominator());
        if (answer.getYes() != null) {
            json.add("yes", answer.getYes());
        }
        if (!answer.getCriterion().getItems().isEmpty()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            answer.getChecklistAnswers().forEach(a -> {
                if (a == null) {
                    items.addNull();
                } else {
                    items.add(a);
                }
            });
            json.add("items", items);
        }
        count(json, "surveyed", answer.getSurveyed());
        count(json, "satisfied", answer.getSatisfied());
        count(json, "assigned", answer.getAssigned());
        count(json, "completed", answer.getCompleted());
        count(json, "violations", answer.getViolations());
        decimal(json, "claimed", answer.getClaimed());
        if (answer.getComment() != null) {
            json.add("comment", answer.getComment());
        }
    }

    /**
     * Reads the fields of one answer into {@code target}.
     *
     * @throws InvalidInputException naming the field, with a message key as its message, when a value has the wrong JSON type or a count is not whole
     */
    public static void readFields(JsonObject json, Answer target, String fieldPrefix) {
        target.setValue(decimal(json, "value", fieldPrefix));
        target.setNumerator(decimal(json, "numerator", fieldPrefix));
        target.setDenominator(decimal(json, "denominator", fieldPrefix));
        target.setYes(bool(json.get("yes"), fieldPrefix + "yes"));
        if (json.containsKey("items") && json.get("items").getValueType() == JsonValue.ValueType.ARRAY) {
            List<Boolean> items = new ArrayList<>();
            json.getJsonArray("items").forEach(v -> items.add(bool(v, fieldPrefix + "items")));
            target.setChecklistAnswers(items);
        } else {
            target.setChecklistAnswers(null);
        }
        target.setSurveyed(count(json, "surveyed", fieldPrefix));
        target.setSatisfied(count(json, "satisfied", fieldPrefix));
        target.setAssigned(count(json, "assigned", fieldPrefix));
        target.setCompleted(count(json, "completed", fieldPrefix));
        target.setViolations(count(json, "violations", fieldPrefix));
        target.setClaimed(decimal(json, "claimed", fieldPrefix));
        target.setComment(json.containsKey("comment") && !json.isNull("comment") ? json.getString("comment", null) : null);
    }

    private static void decimal(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value != null) {
            json.add(name, value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
        }
    }

    private static void count(JsonObjectBuilder json, String name, Long value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static BigDecimal decimal(JsonObject json, String name, String prefix) {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        throw InvalidInputException.of(prefix + name, "answer.error.jsonNumber");
    }

    private static Long count(JsonObject json, String name, String prefix) {
        BigDecimal value = decimal(json, name, prefix);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWhole) {
            throw InvalidInputException.of(prefix + name, "answer.error.jsonCount");
        }
    }

    private static Boolean bool(JsonValue v, String field) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw InvalidInputException.of(field, "answer.error.jsonYesNo");
    }
}
