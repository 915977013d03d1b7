package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandParsingTest {

    @Test
    void bandsAreReadAsPeopleWriteThemHighestFirst() {
        List<Band> bands = Band.parseList("Khá >= 60; Xuất sắc ≥ 92,5\nTốt: 75");

        assertThat(bands).containsExactly(new Band("Xuất sắc", new BigDecimal("92.5")), new Band("Tốt", new BigDecimal("75")),
                new Band("Khá", new BigDecimal("60")));
        assertThat(Band.format(bands)).isEqualTo("Xuất sắc ≥ 92,5; Tốt ≥ 75; Khá ≥ 60");
        assertThat(Band.parseList(Band.format(bands))).isEqualTo(bands);
    }

    @Test
    void blankTextMeansTheDefaults() {
        assertThat(Band.parseList(" ")).isEqualTo(Band.defaults());
        assertThat(Band.parseList(null)).isEqualTo(Band.defaults());
        assertThat(Band.parseList(" ; ")).isEqualTo(Band.defaults());
    }

    @Test
    void anUnreadablePartOrTwoBandsWithOneMinimumAreRefusedByName() {
        assertThatThrownBy(() -> Band.parseList("Xuất sắc ≥ 90; Tốt khoảng 75")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tốt khoảng 75");
        assertThatThrownBy(() -> Band.parseList("Xuất sắc ≥ 90; Giỏi ≥ 90")).hasMessage("Giỏi ≥ 90");
        assertThatThrownBy(() -> Band.parseList("Tốt ≥ -5")).isInstanceOf(IllegalArgumentException.class);
    }
}
