package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static tw.ourdata.estate.succession.HeirRelation.CHILD;
import static tw.ourdata.estate.succession.HeirRelation.GRANDCHILD;
import static tw.ourdata.estate.succession.HeirRelation.PARENT;
import static tw.ourdata.estate.succession.HeirRelation.SIBLING;
import static tw.ourdata.estate.succession.HeirRelation.SPOUSE;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.ourdata.estate.succession.Heir;

class EstateTaxCalculatorTest {

    private final EstateTaxCalculator calculator = new EstateTaxCalculator(TaxParameterFixture.table());

    private static Map<TaxLineCode, Long> amounts(List<TaxLine> lines) {
        Map<TaxLineCode, Long> map = new LinkedHashMap<>();
        lines.forEach(line -> map.put(line.code(), line.amount()));
        return map;
    }

    private static List<String> shares(EstateTaxEstimate estimate) {
        return estimate.statutoryShares().stream().map(StatutoryShare::share).toList();
    }

    @Nested
    class WorkedExamplesOfTheRulesFile {

        @Test
        void example1SpouseAndAdultSon() {
            EstateTaxEstimate estimate = calculator.estimate(
                    Estate.diedOn("2025-01-15").asset(22_000_000).spouse().child("1990-05-05").facts());

            assertThat(estimate.grossEstate()).isEqualTo(22_000_000);
            assertThat(estimate.exemption()).isEqualTo(13_330_000);
            assertThat(amounts(estimate.deductions())).containsExactly(
                    entry(TaxLineCode.SPOUSE, 5_530_000L),
                    entry(TaxLineCode.LINEAL_DESCENDANTS, 560_000L),
                    entry(TaxLineCode.FUNERAL, 1_380_000L));
            assertThat(estimate.netTaxableEstate()).isEqualTo(1_200_000);
            assertThat(estimate.taxBeforeCredits()).isEqualTo(120_000);
            assertThat(estimate.credits()).isEmpty();
            assertThat(estimate.taxPayable()).isEqualTo(120_000);
            assertThat(shares(estimate)).containsExactly("1/2", "1/2");
            assertThat(estimate.parametersEffectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        }

        @Test
        void example1WhenTheSpouseRenounces() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-01-15").asset(22_000_000)
                    .heir(Estate.renounced(SPOUSE)).child("1990-05-05").facts());

            assertThat(amounts(estimate.deductions())).containsExactly(
                    entry(TaxLineCode.LINEAL_DESCENDANTS, 560_000L),
                    entry(TaxLineCode.FUNERAL, 1_380_000L));
            assertThat(estimate.netTaxableEstate()).isEqualTo(6_730_000);
            assertThat(estimate.taxPayable()).isEqualTo(673_000);
            assertThat(shares(estimate)).containsExactly("0", "1");
        }

        @Test
        void example2MinorChildCountsAPartYearAsAWholeYear() {
            EstateTaxEstimate estimate = calculator.estimate(
                    Estate.diedOn("2025-07-01").asset(50_000_000).child("2017-11-01").facts());

            // 10 years 4 months short of 18 counts as 11: 56 + 56 x 11 = 672 (10,000 NT$)
            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.LINEAL_DESCENDANTS, 6_720_000L);
        }

        @Test
        void example3RepresentationGivesEachGrandchildAFullDeduction() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-03-01").asset(50_000_000)
                    .heir(Estate.predeceasedChild()).child("1960-01-01").child("1962-01-01")
                    .grandchild("1985-01-01", 0).grandchild("1987-01-01", 0)
                    .grandchild("1988-01-01", null).grandchild("1989-01-01", null)
                    .grandchild("1990-01-01", null).grandchild("1991-01-01", null)
                    .facts());

            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.LINEAL_DESCENDANTS, 2_240_000L);
            assertThat(shares(estimate)).containsExactly("0", "1/3", "1/3", "1/6", "1/6", "0", "0", "0", "0");
        }

        @Test
        void example3WhenAllSonsRenounceTheGrandchildrenAreCappedAtTheSonsDeduction() {
            Estate estate = Estate.diedOn("2025-03-01").asset(50_000_000)
                    .renouncedChild("1960-01-01").renouncedChild("1962-01-01").renouncedChild("1964-01-01");
            for (int i = 0; i < 6; i++) {
                estate.grandchild("198" + i + "-01-01", null);
            }
            EstateTaxEstimate estimate = calculator.estimate(estate.facts());

            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.LINEAL_DESCENDANTS, 1_680_000L);
            assertThat(shares(estimate)).containsExactly("0", "0", "0", "1/6", "1/6", "1/6", "1/6", "1/6", "1/6");
        }
    }

    @Nested
    class LinealDescendants {

        @Test
        void minorGrandchildrenAfterRenunciationAreStillCappedAtTheRenouncersAmount() {
            // one adult son renounces; his two minor children would deduct 2 x (1 + 8) x 560,000
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-03-01").asset(50_000_000)
                    .renouncedChild("1970-01-01").grandchild("2015-01-01", null).grandchild("2015-01-01", null)
                    .facts());

            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.LINEAL_DESCENDANTS, 560_000L);
        }

        @Test
        void capDoesNotRaiseTheDeductionWhenFewerGrandchildrenInherit() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-03-01").asset(50_000_000)
                    .renouncedChild("1970-01-01").renouncedChild("1972-01-01").grandchild("1995-01-01", null)
                    .facts());

            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.LINEAL_DESCENDANTS, 560_000L);
        }

        @Test
        void renouncingChildGivesNoDeduction() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-03-01").asset(50_000_000)
                    .child("1970-01-01").renouncedChild("2015-01-01").facts());

            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.LINEAL_DESCENDANTS, 560_000L);
        }

        @Test
        void descendantsOfALaterDegreeWhoDoNotInheritGiveNoDeduction() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-03-01").asset(50_000_000)
                    .child("1970-01-01").grandchild("2010-01-01", null).facts());

            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.LINEAL_DESCENDANTS, 560_000L);
        }
    }

    @Nested
    class OtherPersonalDeductions {

        @Test
        void eachInheritingParent() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2024-06-01").asset(50_000_000)
                    .spouse().heir(PARENT).heir(PARENT).facts());

            assertThat(amounts(estimate.deductions())).containsExactly(
                    entry(TaxLineCode.SPOUSE, 5_530_000L),
                    entry(TaxLineCode.PARENTS, 2_760_000L),
                    entry(TaxLineCode.FUNERAL, 1_380_000L));
            assertThat(shares(estimate)).containsExactly("1/2", "1/4", "1/4");
        }

        @Test
        void renouncingParentGivesNoDeduction() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2024-06-01").asset(50_000_000)
                    .heir(PARENT).heir(Estate.renounced(PARENT)).facts());

            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.PARENTS, 1_380_000L);
        }

        @Test
        void parentsWhoDoNotInheritBesideChildrenGiveNoDeduction() {
            // the rules file grants the parent deduction to "each parent who inherits"
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2024-06-01").asset(50_000_000)
                    .child("1990-01-01").heir(PARENT).facts());

            assertThat(amounts(estimate.deductions())).doesNotContainKey(TaxLineCode.PARENTS);
        }

        @Test
        void severeDisabilityIsAddedOnTopForEachInheritingHeirAndDependent() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-03-01").asset(80_000_000)
                    .heir(Estate.disabled(SPOUSE)).heir(Estate.disabled(CHILD))
                    .heir(new Heir(CHILD, Estate.ADULT, true, false, null, true)) // renounced: nothing
                    .dependent(DependentRelation.GRANDPARENT, "1930-01-01", true)
                    .facts());

            assertThat(amounts(estimate.deductions())).containsExactly(
                    entry(TaxLineCode.SPOUSE, 5_530_000L),
                    entry(TaxLineCode.LINEAL_DESCENDANTS, 560_000L),
                    entry(TaxLineCode.DISABILITY, 3 * 6_930_000L),
                    entry(TaxLineCode.DEPENDENTS, 560_000L),
                    entry(TaxLineCode.FUNERAL, 1_380_000L));
        }

        @Test
        void dependentsWithTheMinorSiblingsExtraYears() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-01-01").asset(50_000_000)
                    .spouse()
                    .dependent(DependentRelation.SIBLING, "2015-01-01", false)   // exactly 8 years short: 8
                    .dependent(DependentRelation.SIBLING, "2015-01-02", false)   // 8 years and a day: 9
                    .dependent(DependentRelation.SIBLING, "1970-01-01", false)
                    .dependent(DependentRelation.GRANDPARENT, "1930-01-01", false)
                    .facts());

            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.DEPENDENTS,
                    560_000L * (1 + 8) + 560_000L * (1 + 9) + 560_000L + 560_000L);
        }

        @Test
        void siblingHeirsGiveNoDeductionOfTheirOwn() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-01-01").asset(50_000_000)
                    .heir(SIBLING).heir(Estate.disabled(SIBLING)).facts());

            assertThat(amounts(estimate.deductions())).containsOnlyKeys(TaxLineCode.FUNERAL);
        }

        @Test
        void nonResidentGetsNoPersonalDeductionAndNoForeignAssets() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-01-15").nonResident()
                    .asset(22_000_000).foreignAsset(9_000_000, 500_000).debts(100_000)
                    .heir(Estate.disabled(SPOUSE)).child("2015-01-01").heir(PARENT)
                    .dependent(DependentRelation.SIBLING, "2010-01-01", true)
                    .facts());

            assertThat(estimate.grossEstate()).isEqualTo(22_000_000);
            assertThat(estimate.exemption()).isEqualTo(13_330_000);
            assertThat(amounts(estimate.deductions())).containsExactly(
                    entry(TaxLineCode.FUNERAL, 1_380_000L),
                    entry(TaxLineCode.DEBTS, 100_000L));
            assertThat(estimate.netTaxableEstate()).isEqualTo(7_190_000);
            assertThat(estimate.credits()).isEmpty();
            assertThat(shares(estimate)).containsExactly("1/2", "1/2", "0");
        }
    }

    @Nested
    class ExemptionAndEstate {

        @Test
        void lineOfDutyDoublesTheExemption() {
            EstateTaxEstimate estimate = calculator.estimate(
                    Estate.diedOn("2025-01-15").inLineOfDuty().asset(40_000_000).facts());

            assertThat(estimate.exemption()).isEqualTo(26_660_000);
            assertThat(estimate.netTaxableEstate()).isEqualTo(40_000_000 - 26_660_000 - 1_380_000);
            assertThat(Exemption.line(TaxParameterFixture.FROM_2025, true))
                    .isEqualTo(new TaxLine(TaxLineCode.EXEMPTION, 26_660_000, "遺產及贈與稅法第18條 / Estate and Gift Tax Act Art. 18"));
            assertThat(Exemption.of(TaxParameterFixture.FROM_2017_05_12, false)).isEqualTo(12_000_000);
        }

        @Test
        void excludedAssetsAreLeftOutAndGiftsAddedBack() {
            EstateFacts facts = Estate.diedOn("2025-01-15").asset(30_000_000).excludedAsset(5_000_000)
                    .foreignAsset(2_000_000, 0).gift(GiftRecipient.HEIR, 1_000_000, 0, 0, 0)
                    .gift(GiftRecipient.SPOUSE, 500_000, 0, 0, 0).facts();

            EstateTaxEstimate estimate = calculator.estimate(facts);

            assertThat(estimate.grossEstate()).isEqualTo(33_500_000);
            assertThat(amounts(calculator.grossEstate(facts).parts())).containsExactly(
                    entry(TaxLineCode.ASSETS_IN_TAIWAN, 30_000_000L),
                    entry(TaxLineCode.FOREIGN_ASSETS, 2_000_000L),
                    entry(TaxLineCode.GIFTS_ADDED_BACK, 1_500_000L),
                    entry(TaxLineCode.EXCLUDED_ASSETS, 5_000_000L));
        }

        @Test
        void debtsAndUnpaidTaxesAreDeducted() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-01-15").asset(30_000_000)
                    .debts(2_000_000).unpaidTaxes(300_000).facts());

            assertThat(amounts(estimate.deductions())).containsExactly(
                    entry(TaxLineCode.FUNERAL, 1_380_000L),
                    entry(TaxLineCode.DEBTS, 2_000_000L),
                    entry(TaxLineCode.UNPAID_TAXES, 300_000L));
            assertThat(estimate.netTaxableEstate()).isEqualTo(30_000_000 - 13_330_000 - 3_680_000);
        }

        @Test
        void netTaxableEstateAndTaxNeverGoBelowZero() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-01-15").asset(5_000_000)
                    .debts(20_000_000).spouse().facts());

            assertThat(estimate.netTaxableEstate()).isZero();
            assertThat(estimate.taxBeforeCredits()).isZero();
            assertThat(estimate.taxPayable()).isZero();
        }

        @Test
        void everyLineCarriesItsLegalBasis() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-01-15").asset(22_000_000)
                    .spouse().child("1990-05-05").facts());

            assertThat(estimate.deductions()).allSatisfy(line -> assertThat(line.basis()).isNotBlank());
            assertThat(estimate.deductions().get(1).basis())
                    .startsWith("遺產及贈與稅法第17條第1項第2款")
                    .contains("Estate and Gift Tax Act Art. 17(1)(2)");
            assertThat(LegalBasis.of(TaxLineCode.GIFT_TAX)).contains("第11條第2項").contains("Art. 11(2)");
            assertThat(LegalBasis.of(TaxLineCode.SPOUSE_CLAIM)).contains("第17條之1").contains("Art. 17-1");
        }

        @Test
        void refusesDeathsOfTheFlatRateEra() {
            assertThatThrownBy(() -> calculator.estimate(Estate.diedOn("2017-05-11").asset(1).facts()))
                    .isInstanceOf(UnsupportedDateOfDeathException.class)
                    .hasMessage("deaths before 2017-05-12 (flat 10% era) are not supported");
        }
    }

    @Nested
    class ParameterPeriods {

        @ParameterizedTest(name = "death {0}: net {1}, tax {2}")
        @CsvSource({
                // exemption 12,000,000 -> 13,330,000
                "2021-12-31, 20000000, false, 6770000, 677000",
                "2022-01-01, 20000000, false, 5440000, 544000",
                // spouse, descendant and funeral amounts raised
                "2023-12-31, 30000000, true, 10010000, 1001000",
                "2024-01-01, 30000000, true, 9200000, 920000",
                // bracket top 50,000,000 -> 56,210,000
                "2024-12-31, 69710000, false, 55000000, 5750000",
                "2025-01-01, 69710000, false, 55000000, 5500000",
        })
        void theAmountsInForceAtTheDateOfDeathApply(String death, long gross, boolean spouseAndChild,
                                                   long net, long tax) {
            Estate estate = Estate.diedOn(death).asset(gross);
            if (spouseAndChild) {
                estate.spouse().child("1990-01-01");
            }
            EstateTaxEstimate estimate = calculator.estimate(estate.facts());

            assertThat(estimate.netTaxableEstate()).isEqualTo(net);
            assertThat(estimate.taxBeforeCredits()).isEqualTo(tax);
        }
    }

    @Nested
    class SpouseClaimDeduction {

        @ParameterizedTest(name = "death {0}: claim {1}")
        @CsvSource({
                // (10,000,000 - 4,000,000) / 2; the 2,000,000 gift to the spouse does not count yet
                "2024-10-27, 3000000",
                // from 2024-10-28 it counts as the decedent's: (10,000,000 + 2,000,000 - 4,000,000) / 2
                "2024-10-28, 4000000",
                "2025-05-01, 4000000",
        })
        void giftsToTheSpouseCountFrom20241028(String death, long claim) {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn(death).asset(40_000_000)
                    .gift(GiftRecipient.SPOUSE, 2_000_000, 0, 0, 0).gift(GiftRecipient.HEIR, 1_000_000, 0, 0, 0)
                    .spouse().spouseClaim(10_000_000, 4_000_000).facts());

            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.SPOUSE_CLAIM, claim);
            assertThat(estimate.grossEstate()).isEqualTo(43_000_000);
        }

        @Test
        void aRicherSpouseHasNoClaimButTheLineShowsItWasConsidered() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-05-01").asset(40_000_000)
                    .spouse().spouseClaim(3_000_000, 9_000_000).facts());

            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.SPOUSE_CLAIM, 0L);
        }

        @Test
        void anOddDifferenceRoundsDownToTheDollar() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-05-01").asset(40_000_000)
                    .spouse().spouseClaim(3_000_001, 0).facts());

            assertThat(amounts(estimate.deductions())).containsEntry(TaxLineCode.SPOUSE_CLAIM, 1_500_000L);
        }

        @Test
        void aSpouseWhoRenouncedKeepsTheClaimButNotTheSpouseDeduction() {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-05-01").asset(40_000_000)
                    .heir(Estate.renounced(SPOUSE)).child("1990-01-01").spouseClaim(6_000_000, 0).facts());

            assertThat(amounts(estimate.deductions()))
                    .doesNotContainKey(TaxLineCode.SPOUSE)
                    .containsEntry(TaxLineCode.SPOUSE_CLAIM, 3_000_000L);
        }
    }

    @Nested
    class Credits {

        // assets 100,000,000 + gift 10,000,000; net with the gift 95,290,000 -> 11,483,000,
        // without it 85,290,000 -> 9,983,000: the gift caused 1,500,000 of tax
        @ParameterizedTest(name = "gift tax {0} + land value increment tax {1} + interest {2} -> credit {3}")
        @CsvSource({
                "200000, 100000, 5000, 305000",
                "1400000, 100000, 0, 1500000",
                "5000000, 0, 0, 1500000",
                "1000000, 600000, 1000, 1500000",
        })
        void giftTaxCreditIsCappedAtTheTaxTheGiftsCaused(long giftTax, long landTax, long interest, long credit) {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-03-01").asset(100_000_000)
                    .gift(GiftRecipient.HEIR, 10_000_000, giftTax, landTax, interest).facts());

            assertThat(estimate.taxBeforeCredits()).isEqualTo(11_483_000);
            assertThat(estimate.credits()).containsExactly(TaxLine.of(TaxLineCode.GIFT_TAX, credit));
            assertThat(estimate.taxPayable()).isEqualTo(11_483_000 - credit);
        }

        // assets 20,000,000 + foreign 10,000,000; net 15,290,000 -> 1,529,000, without the foreign
        // assets 5,290,000 -> 529,000: the foreign assets caused 1,000,000 of tax
        @ParameterizedTest(name = "foreign tax {0} -> credit {1}")
        @CsvSource({"400000, 400000", "1000000, 1000000", "3000000, 1000000"})
        void foreignTaxCreditIsCappedAtTheTaxTheForeignAssetsCaused(long foreignTax, long credit) {
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-03-01").asset(20_000_000)
                    .foreignAsset(10_000_000, foreignTax).facts());

            assertThat(estimate.taxBeforeCredits()).isEqualTo(1_529_000);
            assertThat(estimate.credits()).containsExactly(TaxLine.of(TaxLineCode.FOREIGN_TAX, credit));
            assertThat(estimate.taxPayable()).isEqualTo(1_529_000 - credit);
        }

        @Test
        void creditsNeverTakeTheTaxBelowZero() {
            // the estate is only foreign assets and gifts: each cap alone could cover most of the tax
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-03-01")
                    .foreignAsset(40_000_000, 50_000_000)
                    .gift(GiftRecipient.HEIR, 40_000_000, 50_000_000, 0, 0).facts());

            long tax = estimate.taxBeforeCredits();
            assertThat(estimate.taxPayable()).isZero();
            assertThat(estimate.credits()).extracting(TaxLine::amount).containsExactly(
                    tax - TaxParameterFixture.FROM_2025.taxOn(40_000_000 - 13_330_000 - 1_380_000),
                    TaxParameterFixture.FROM_2025.taxOn(40_000_000 - 13_330_000 - 1_380_000));
            assertThat(estimate.credits().get(0).amount() + estimate.credits().get(1).amount()).isEqualTo(tax);
        }

        @Test
        void giftCreditCapIncludesTheGiftsEffectOnTheSpouseClaim() {
            // the gift to the spouse is added back (+4,000,000) but also raises the claim (+2,000,000)
            EstateTaxEstimate estimate = calculator.estimate(Estate.diedOn("2025-03-01").asset(40_000_000)
                    .gift(GiftRecipient.SPOUSE, 4_000_000, 9_000_000, 0, 0)
                    .spouse().spouseClaim(0, 0).facts());

            assertThat(estimate.credits()).containsExactly(TaxLine.of(TaxLineCode.GIFT_TAX, 200_000));
        }
    }
}
