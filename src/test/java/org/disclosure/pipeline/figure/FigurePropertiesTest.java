package org.disclosure.pipeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random amounts printed in every style a disclosure uses, then damaged by extraction, read back exactly. */
class FigurePropertiesTest {

    enum Style { PLAIN, GROUPED, FULL_WIDTH_GROUPED, FULL_WIDTH_DIGITS, PARENTHESES_NEGATIVE }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(BigInteger.ZERO, new BigInteger("999999999999999"));
        Arbitrary<Integer> scale = Arbitraries.integers().between(0, 4);
        Arbitrary<Boolean> negative = Arbitraries.of(true, false);
        return Combinators.combine(unscaled, scale, negative)
                .as((u, s, n) -> n ? new BigDecimal(u, s).negate() : new BigDecimal(u, s));
    }

    @Property(tries = 500)
    void printedAmountsReadBackExactly(@ForAll("amounts") BigDecimal amount, @ForAll Style style, @ForAll long seed) {
        String printed = spaced(print(amount, style), new Random(seed));
        Reading reading = FigureParser.parse(printed);
        assertThat(reading).as(printed).isInstanceOf(Figure.class);
        BigDecimal value = ((Figure) reading).value();
        assertThat(value).as(printed).isEqualByComparingTo(amount);
        assertThat(value.scale()).as(printed + " keeps its printed decimals").isEqualTo(amount.scale());
    }

    @Property(tries = 300)
    void amountsInASentenceAreFoundWithTheirSpan(@ForAll("amounts") BigDecimal amount) {
        String figure = print(amount.abs(), Style.GROUPED) + "万元";
        String sentence = "其中:基本支出" + figure + ",主要原因是人员增加。";
        assertThat(FigureFinder.find(sentence)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo(amount.abs());
            assertThat(f.unit()).isEqualTo("万元");
            assertThat(sentence.substring(f.start(), f.end())).isEqualTo(figure);
        });
    }

    static String print(BigDecimal amount, Style style) {
        String digits = amount.abs().toPlainString();
        String integer = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        String fraction = digits.contains(".") ? digits.substring(digits.indexOf('.')) : "";
        String grouped = new java.text.DecimalFormat("#,##0").format(new BigInteger(integer)) + fraction;
        String body = switch (style) {
            case PLAIN, PARENTHESES_NEGATIVE -> digits;
            case GROUPED -> grouped;
            case FULL_WIDTH_GROUPED -> grouped.replace(',', '，');
            case FULL_WIDTH_DIGITS -> fullWidth(digits);
        };
        if (amount.signum() < 0) {
            return style == Style.PARENTHESES_NEGATIVE ? "(" + body + ")"
                    : (style == Style.FULL_WIDTH_DIGITS ? "－" : "-") + body;
        }
        return body;
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c == '.' ? '．' : Character.isDigit(c) ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }

    /** Extraction damage: spaces at random positions. */
    private static String spaced(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c);
            if (random.nextInt(4) == 0) {
                out.append(random.nextBoolean() ? " " : "\u3000");
            }
        }
        return out.toString();
    }
}
