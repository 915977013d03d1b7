package vn.thidua.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * Chart.js 4 configurations (what PrimeFaces' {@code p:chart value} takes) for the dashboards. Every figure a person
 * reads in a tooltip is formatted in Java and carried in the dataset's {@code tooltips} array (one text per point);
 * the page's {@code thiduaChart} extender shows it. Axis ticks follow the {@code locale} option ("vi-VN": 1.234,5).
 */
public final class ChartJson {

    /** The colour of a target line, and of the province's figure in a trend. */
    public static final String TARGET_COLOUR = "#1d4ed8";
    public static final String VALUE_COLOUR = "#0f766e";

    /** Distinct colours for series (titles of awards). */
    public static final List<String> PALETTE = List.of("#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2",
            "#db2777", "#65a30d", "#ea580c", "#4b5563", "#0d9488", "#9333ea");

    private ChartJson() {
    }

    /** A bar or a point with its label (x axis) and value (null draws nothing), its tooltip text and colour. */
    public record Point(String label, BigDecimal value, String tooltip, String colour) {
    }

    /** A series of values, one per label, with one tooltip text per value. */
    public record Series(String label, List<BigDecimal> values, List<String> tooltips, String colour) {
    }

    /**
     * Bars coloured one by one, with a target drawn as a line across them (mixed bar + line); no line when the
     * target is null.
     */
    public static String barsWithTarget(List<Point> bars, String barLabel, BigDecimal target, String targetLabel,
            String targetTooltip, String locale) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        datasets.add(Json.createObjectBuilder().add("type", "bar").add("label", barLabel).add("order", 2)
                .add("data", numbers(bars.stream().map(Point::value).toList()))
                .add("backgroundColor", strings(bars.stream().map(Point::colour).toList()))
                .add("tooltips", strings(bars.stream().map(Point::tooltip).toList())));
        if (target != null) {
            datasets.add(line(targetLabel, bars.stream().map(b -> target).toList(),
                    bars.stream().map(b -> targetTooltip).toList(), TARGET_COLOUR).add("order", 1).add("pointRadius", 0)
                    .add("borderDash", Json.createArrayBuilder().add(6).add(4)));
        }
        return config("bar", labels(bars.stream().map(Point::label).toList()), datasets, locale,
                Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
    }

    /** Lines over the same labels (years): the province's figure and the year's target. */
    public static String lines(List<String> labels, List<Series> series, String locale) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            datasets.add(line(s.label(), s.values(), s.tooltips(), s.colour()).add("spanGaps", true));
        }
        return config("line", labels(labels), datasets, locale, Json.createObjectBuilder());
    }

    /** Horizontal bars, best first (a block's ranking). */
    public static String horizontalBars(List<Point> bars, String label, String locale) {
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", label)
                .add("data", numbers(bars.stream().map(Point::value).toList()))
                .add("backgroundColor", strings(bars.stream().map(Point::colour).toList()))
                .add("tooltips", strings(bars.stream().map(Point::tooltip).toList())));
        return config("bar", labels(bars.stream().map(Point::label).toList()), datasets, locale,
                Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)), "y");
    }

    /** A doughnut of shares (completeness states). */
    public static String doughnut(List<Point> slices, String locale) {
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("data", numbers(slices.stream().map(Point::value).toList()))
                .add("backgroundColor", strings(slices.stream().map(Point::colour).toList()))
                .add("tooltips", strings(slices.stream().map(Point::tooltip).toList())));
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("locale", locale)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "right")));
        return safe(Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels(slices.stream().map(Point::label).toList())).add("datasets", datasets))
                .add("options", options).build().toString());
    }

    /** Bars stacked per label (year), one series per kind (title). */
    public static String stackedBars(List<String> labels, List<Series> series, String locale) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", numbers(s.values()))
                    .add("backgroundColor", s.colour()).add("tooltips", strings(s.tooltips())));
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0)));
        return config("bar", labels(labels), datasets, locale, scales);
    }

    /**
     * A line of ranks, 1 at the top (reversed axis), from 1 to the largest block size.
     */
    public static String ranks(List<String> labels, Series ranks, int maxRank, String locale) {
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(line(ranks.label(), ranks.values(), ranks.tooltips(), ranks.colour()));
        JsonObjectBuilder scales = Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("reverse", true)
                .add("min", 1).add("max", Math.max(1, maxRank)).add("ticks", Json.createObjectBuilder().add("precision", 0).add("stepSize", 1)));
        return config("line", labels(labels), datasets, locale, scales);
    }

    private static JsonObjectBuilder line(String label, List<BigDecimal> values, List<String> tooltips, String colour) {
        return Json.createObjectBuilder().add("type", "line").add("label", label).add("data", numbers(values))
                .add("borderColor", colour).add("backgroundColor", colour).add("fill", false).add("tension", 0)
                .add("tooltips", strings(tooltips));
    }

    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String locale, JsonObjectBuilder scales) {
        return config(type, labels, datasets, locale, scales, null);
    }

    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String locale, JsonObjectBuilder scales,
            String indexAxis) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("locale", locale).add("scales", scales)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (indexAxis != null) {
            options.add("indexAxis", indexAxis);
        }
        return safe(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString());
    }

    private static JsonArrayBuilder numbers(Collection<BigDecimal> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        });
        return array;
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        });
        return array;
    }

    private static JsonArrayBuilder labels(Collection<String> values) {
        return strings(values);
    }

    /** The configuration is written into a script element: no "&lt;/" may close it early. */
    private static String safe(String json) {
        return json.replace("</", "<\\/");
    }
}
