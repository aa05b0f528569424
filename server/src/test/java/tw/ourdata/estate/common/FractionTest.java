package tw.ourdata.estate.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionTest {

    @ParameterizedTest(name = "parse(\"{0}\") prints as {1}")
    @CsvSource({
            "1/2, 1/2",
            "2/4, 1/2",
            "0, 0",
            "0/7, 0",
            "1, 1",
            "6/3, 2",
            "3/-6, -1/2",
            "' 1 / 3 ', 1/3",
            "-4/6, -2/3",
    })
    void parsesAndPrintsReduced(String text, String printed) {
        assertThat(Fraction.parse(text)).hasToString(printed);
    }

    @ParameterizedTest
    @CsvSource({"''", "1/", "/2", "a/b", "1/2/3", "1.5"})
    void refusesWhatIsNotAFraction(String text) {
        assertThatThrownBy(() -> Fraction.parse(text))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("not a fraction");
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource({
            "1/3, +, 1/6, 1/2",
            "1/3, -, 1/2, -1/6",
            "2/3, *, 3/4, 1/2",
            "1/2, /, 1/4, 2",
            "1/6, +, 5/6, 1",
            "0, *, 5/7, 0",
    })
    void arithmeticIsExact(String a, String op, String b, String expected) {
        Fraction x = Fraction.parse(a);
        Fraction y = Fraction.parse(b);
        Fraction result = switch (op) {
            case "+" -> x.add(y);
            case "-" -> x.subtract(y);
            case "*" -> x.multiply(y);
            default -> x.divide(y);
        };
        assertThat(result).isEqualTo(Fraction.parse(expected));
    }

    @Test
    void thirdsAddUpToExactlyOne() {
        Fraction third = Fraction.of(1, 3);
        assertThat(third.add(third).add(third)).isEqualTo(Fraction.ONE);
    }

    @Test
    void divisionByZeroIsRefused() {
        assertThatThrownBy(() -> Fraction.of(1, 2).divide(Fraction.ZERO)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.parse("1/0")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesByValueNotByText() {
        assertThat(Fraction.of(1, 3)).isLessThan(Fraction.of(1, 2));
        assertThat(Fraction.of(2, 4)).isEqualByComparingTo(Fraction.of(1, 2));
        assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.of(1, 2)).hasSameHashCodeAs(Fraction.of(1, 2));
        assertThat(Fraction.of(-1, 2)).isLessThan(Fraction.ZERO);
    }

    @ParameterizedTest(name = "{0} of NT${1} = NT${2} rounded down")
    @CsvSource({
            "1/3, 10000000, 3333333",
            "2/3, 10000000, 6666666",
            "1/2, 9, 4",
            "1/6, 6000000, 1000000",
            "0, 123, 0",
            "1, 123, 123",
    })
    void shareOfMoneyRoundsDownToTheDollar(String share, long amount, long expected) {
        assertThat(Fraction.parse(share).ofAmountRoundedDown(amount)).isEqualTo(expected);
    }

    @Test
    void otherRoundingIsExplicit() {
        assertThat(Fraction.of(2, 3).multiply(10, RoundingMode.HALF_UP)).isEqualTo(7);
        assertThat(Fraction.of(1, 3).multiply(10, RoundingMode.CEILING)).isEqualTo(4);
        assertThat(Fraction.of(1, 2).multiply(10, RoundingMode.UNNECESSARY)).isEqualTo(5);
        assertThatThrownBy(() -> Fraction.of(1, 3).multiply(10, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void hugeNumbersStayExact() {
        Fraction tiny = Fraction.of(1, Long.MAX_VALUE);
        assertThat(tiny.multiply(Long.MAX_VALUE)).isEqualTo(Fraction.ONE);
        assertThat(tiny.multiply(tiny).denominator().bitLength()).isGreaterThan(64);
    }
}
