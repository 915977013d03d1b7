package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendAggregationTest {

    private static List<BigDecimal> values(String... v) {
        return Arrays.stream(v).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    @Test
    void ratesAndPercentagesAreAveragedCountsSummed() {
        assertThat(TrendAggregation.of("%", false)).isEqualTo(TrendAggregation.MEAN);
        assertThat(TrendAggregation.of("‰", false)).isEqualTo(TrendAggregation.MEAN);
        assertThat(TrendAggregation.of("giường", false)).isEqualTo(TrendAggregation.MEAN);
        assertThat(TrendAggregation.of(null, false)).isEqualTo(TrendAggregation.MEAN);
        assertThat(TrendAggregation.of(" Lượt ", false)).isEqualTo(TrendAggregation.SUM);
        assertThat(TrendAggregation.of("người", true)).as("a rate is never summed").isEqualTo(TrendAggregation.MEAN);
    }

    @Test
    void meanRoundsHalfUpToTwoDecimalsAndSkipsMissingValues() {
        assertThat(TrendAggregation.MEAN.apply(values("95", "96", null, "96"))).isEqualByComparingTo("95.67");
        assertThat(TrendAggregation.MEAN.apply(values("1", "2"))).isEqualByComparingTo("1.50");
        assertThat(TrendAggregation.SUM.apply(values("1200", "35", null))).isEqualByComparingTo("1235");
    }

    @Test
    void noValuesNoFigure() {
        assertThat(TrendAggregation.MEAN.apply(values())).isNull();
        assertThat(TrendAggregation.SUM.apply(values((String) null))).isNull();
    }
}
