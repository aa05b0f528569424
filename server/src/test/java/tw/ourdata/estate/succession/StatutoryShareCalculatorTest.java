package tw.ourdata.estate.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.ourdata.estate.common.Fraction;

/**
 * Succession tables are written as one token per listed person: S spouse, C child, G grandchild,
 * P parent, B sibling (brother/sister), GP grandparent; a suffix {@code ~} means renounced,
 * {@code +} predeceased, {@code >n} "represents heir n".
 */
class StatutoryShareCalculatorTest {

    private final StatutoryShareCalculator calculator = new StatutoryShareCalculator();

    @ParameterizedTest(name = "[{0}] {1} -> {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            # first order, spouse shares equally with each child (Art. 1144(1))
            S C                    | 1/2 1/2                        | LINEAL_DESCENDANTS
            S C C C                | 1/4 1/4 1/4 1/4                | LINEAL_DESCENDANTS
            C C                    | 1/2 1/2                        | LINEAL_DESCENDANTS
            C                      | 1                              | LINEAL_DESCENDANTS
            # an earlier order excludes every later one (Art. 1138)
            S C P B GP             | 1/2 1/2 0 0 0                  | LINEAL_DESCENDANTS
            # second order: spouse 1/2 (Art. 1144(2))
            S P P                  | 1/2 1/4 1/4                    | PARENTS
            P                      | 1                              | PARENTS
            P B GP                 | 1 0 0                          | PARENTS
            # third order: spouse 1/2
            S B B B                | 1/2 1/6 1/6 1/6                | SIBLINGS
            B B                    | 1/2 1/2                        | SIBLINGS
            # fourth order: spouse 2/3 (Art. 1144(3))
            S GP GP                | 2/3 1/6 1/6                    | GRANDPARENTS
            GP GP GP               | 1/3 1/3 1/3                    | GRANDPARENTS
            # no blood heir: spouse takes all (Art. 1144(4))
            S                      | 1                              | SPOUSE_ALONE
            # representation: a predeceased child's line is one head (Art. 1140)
            S C C+ G>2 G>2         | 1/3 1/3 0 1/6 1/6              | LINEAL_DESCENDANTS
            C+ C C G>0 G>0 G G G G | 0 1/3 1/3 1/6 1/6 0 0 0 0      | LINEAL_DESCENDANTS
            C+ G>0                 | 0 1                            | LINEAL_DESCENDANTS
            C+ C+ G>0 G>1 G>1 G>1  | 0 0 1/2 1/6 1/6 1/6            | LINEAL_DESCENDANTS
            # a predeceased child with no one to represent them is no head
            S C C+                 | 1/2 1/2 0                      | LINEAL_DESCENDANTS
            S C+ P                 | 1/2 0 1/2                      | PARENTS
            # renunciation: the share goes to the others of the order and the spouse (Art. 1176(1))
            S C C~                 | 1/2 1/2 0                      | LINEAL_DESCENDANTS
            S C C C~               | 1/3 1/3 1/3 0                  | LINEAL_DESCENDANTS
            S~ C                   | 0 1                            | LINEAL_DESCENDANTS
            S~ C C                 | 0 1/2 1/2                      | LINEAL_DESCENDANTS
            S P P~                 | 1/2 1/2 0                      | PARENTS
            S B B~ B               | 1/2 1/4 0 1/4                  | SIBLINGS
            S~ GP                  | 0 1                            | GRANDPARENTS
            # a representative who renounces leaves the line to the other representatives
            C+ G>0 G>0~ C          | 0 1/2 0 1/2                    | LINEAL_DESCENDANTS
            S C+ G>1~ C            | 1/2 0 0 1/2                    | LINEAL_DESCENDANTS
            # a whole order renounces: the next order inherits (Art. 1176(2)-(4))
            S C~ C~ P              | 1/2 0 0 1/2                    | PARENTS
            S C~ P~ B              | 1/2 0 0 1/2                    | SIBLINGS
            S~ P~ B                | 0 0 1                          | SIBLINGS
            S C~ P~ P~ B~ GP       | 2/3 0 0 0 0 1/3                | GRANDPARENTS
            C~ P~ B~ GP~ S         | 0 0 0 0 1                      | SPOUSE_ALONE
            # every child renounces: grandchildren inherit in their own right, per head (Art. 1176(5))
            S C~ C~ G G G          | 1/4 0 0 1/4 1/4 1/4            | LINEAL_DESCENDANTS
            C~ C~ C~ G G G G G G   | 0 0 0 1/6 1/6 1/6 1/6 1/6 1/6  | LINEAL_DESCENDANTS
            C~ G~ G P              | 0 0 1 0                        | LINEAL_DESCENDANTS
            C~ G~ P                | 0 0 1                          | PARENTS
            # a represented line keeps the first degree: own-right grandchildren stay out
            C~ C+ G>1 G            | 0 0 1 0                        | LINEAL_DESCENDANTS
            """)
    void sharesFollowTheCivilCode(String table, String expectedShares, InheritingOrder expectedOrder) {
        List<Heir> heirs = parse(table);

        StatutoryShares shares = calculator.calculate(heirs);

        assertThat(shares.shares()).containsExactlyElementsOf(
                Arrays.stream(expectedShares.trim().split("\\s+")).map(Fraction::parse).toList());
        assertThat(shares.order()).isEqualTo(expectedOrder);
        assertThat(shares.shares().stream().reduce(Fraction.ZERO, Fraction::add)).isEqualTo(Fraction.ONE);
        assertThat(shares.nobodyInherits()).isFalse();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource({
            "S C~ C~ G G G, true",
            "C~ C~ C~ G G G G G G, true",
            "S C C~, false",
            "C+ G>0, false",
            "S G G, false",
    })
    void marksWhenGrandchildrenInheritBecauseEveryChildRenounced(String table, boolean expected) {
        assertThat(calculator.calculate(parse(table)).nextDegreeAfterRenunciation()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"S~", "C~ P~", "''", "C+"})
    void saysSoWhenNobodyInherits(String table) {
        StatutoryShares shares = calculator.calculate(parse(table));

        assertThat(shares.nobodyInherits()).isTrue();
        assertThat(shares.order()).isEqualTo(InheritingOrder.NOBODY);
        assertThat(shares.shares()).allMatch(Fraction::isZero);
    }

    @Test
    void refusesTwoSpouses() {
        assertThatThrownBy(() -> calculator.calculate(parse("S S C")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SPOUSE");
    }

    @ParameterizedTest
    @CsvSource({"C G>0", "C+ G>5", "C+ P>0", "P+"})
    void refusesRepresentationOfSomeoneWhoIsNotAPredeceasedChild(String table) {
        assertThatThrownBy(() -> calculator.calculate(parse(table))).isInstanceOf(IllegalArgumentException.class);
    }

    static List<Heir> parse(String table) {
        List<Heir> heirs = new ArrayList<>();
        for (String token : table.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean renounced = token.endsWith("~");
            String t = token.replace("~", "");
            boolean predeceased = t.endsWith("+");
            t = t.replace("+", "");
            Integer represents = null;
            if (t.contains(">")) {
                represents = Integer.valueOf(t.substring(t.indexOf('>') + 1));
                t = t.substring(0, t.indexOf('>'));
            }
            HeirRelation relation = switch (t) {
                case "S" -> HeirRelation.SPOUSE;
                case "C" -> HeirRelation.CHILD;
                case "G" -> HeirRelation.GRANDCHILD;
                case "P" -> HeirRelation.PARENT;
                case "B" -> HeirRelation.SIBLING;
                case "GP" -> HeirRelation.GRANDPARENT;
                default -> throw new IllegalArgumentException(token);
            };
            heirs.add(new Heir(relation, LocalDate.of(1970, 1, 1), renounced, predeceased, represents, false));
        }
        return heirs;
    }
}
