package vn.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8,25|8.25", "1.248.643|1248643", "1.234,5|1234.5", "95|95", "00|0", "-3,5|-3.5",
            "8.25|8.25", "1,248,643|1248643", "1,234.5|1234.5", " 11,5 |11.5", "1 234|1234", "0,0017|0.0017"})
    void parsesVietnameseAndUnambiguousEnglishForms(String text, String expected) {
        assertThat(VietnameseNumbers.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.2.3", "1,2,3,4", "8,25,1", "1.234.5", "12a", "1,234.5.6"})
    void refusesWhatIsNotANumber(String text) {
        assertThatThrownBy(() -> VietnameseNumbers.parse(text)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void formatsWithCommaDecimalsAndDotThousands() {
        assertThat(VietnameseNumbers.format(new BigDecimal("1248643"))).isEqualTo("1.248.643");
        assertThat(VietnameseNumbers.format(new BigDecimal("8.25"))).isEqualTo("8,25");
        assertThat(VietnameseNumbers.format(new BigDecimal("11.50"))).isEqualTo("11,5");
        assertThat(VietnameseNumbers.format(new BigDecimal("8.2"), 2)).isEqualTo("8,20");
        assertThat(VietnameseNumbers.format(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(VietnameseNumbers.format(null)).isEmpty();
    }

    @Test
    void roundTripsFormattedNumbers() {
        BigDecimal v = new BigDecimal("1248643.75");
        assertThat(VietnameseNumbers.parse(VietnameseNumbers.format(v))).isEqualByComparingTo(v);
    }

    @Test
    void parsesAndFormatsDates() {
        assertThat(VietnameseDates.parse("31/05/2021")).isEqualTo(LocalDate.of(2021, 5, 31));
        assertThat(VietnameseDates.parse("1/7/2025")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(VietnameseDates.parse("15-11-2024")).isEqualTo(LocalDate.of(2024, 11, 15));
        assertThat(VietnameseDates.parse("2024-11-15")).isEqualTo(LocalDate.of(2024, 11, 15));
        assertThatThrownBy(() -> VietnameseDates.parse("31/02/2021")).isInstanceOf(RuntimeException.class);
        assertThat(VietnameseDates.format(LocalDate.of(2021, 5, 3))).isEqualTo("03/05/2021");
        assertThat(VietnameseDates.longForm(LocalDate.of(2021, 5, 31))).isEqualTo("ngày 31 tháng 5 năm 2021");
        assertThat(VietnameseDates.longForm(LocalDate.of(2021, 2, 3))).isEqualTo("ngày 03 tháng 02 năm 2021");
    }
}
