package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.succession.Heir;
import tw.ourdata.estate.succession.HeirRelation;

class EstateFactsValidatorTest {

    private static final Clock TODAY_2025_06_30 =
            Clock.fixed(Instant.parse("2025-06-30T04:00:00Z"), ZoneId.of("Asia/Taipei"));
    private static final LocalDate DEATH = LocalDate.of(2025, 3, 1);
    private static final LocalDate ADULT = LocalDate.of(1970, 1, 1);

    private final EstateFactsValidator validator = new EstateFactsValidator(TODAY_2025_06_30);

    /** A complete, valid request: spouse, a living son, a predeceased son represented by his daughter. */
    private static EstateFacts valid() {
        return new EstateFacts(DEATH, false, true,
                List.of(new Asset(AssetKind.LAND, 20_000_000L, false)),
                List.of(new ForeignAsset(1_000_000L, 100_000L)),
                List.of(new GiftWithinTwoYears(GiftRecipient.SPOUSE, 1_000_000L, 0L, null, null)),
                500_000L, null, new SpouseClaim(8_000_000L, 2_000_000L),
                List.of(heir(HeirRelation.SPOUSE), heir(HeirRelation.CHILD),
                        new Heir(HeirRelation.CHILD, ADULT, false, true, null, false),
                        new Heir(HeirRelation.GRANDCHILD, LocalDate.of(2010, 5, 5), false, false, 2, false)),
                List.of(new Dependent(DependentRelation.SIBLING, LocalDate.of(2012, 1, 1), true)));
    }

    private static Heir heir(HeirRelation relation) {
        return new Heir(relation, ADULT, false, false, null, false);
    }

    @Test
    void acceptsACompleteRequest() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    @Test
    void acceptsAMinimalRequest() {
        assertThat(validator.validate(new EstateFacts(DEATH, false, false, null, null, null, null, null, null,
                null, null))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void namesTheFieldAndTheProblem(String description, UnaryOperator<EstateFacts> change, List<FieldProblem> expected) {
        assertThat(validator.validate(change.apply(valid()))).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("date of death missing", f -> with(f, null, f.residentOfTaiwan()),
                        problem("dateOfDeath", "is required")),
                bad("date of death in the future", f -> with(f, LocalDate.of(2025, 7, 1), true),
                        problem("dateOfDeath", "must not be in the future")),
                bad("date of death before 2017-05-12", f -> with(f, LocalDate.of(2017, 5, 11), true),
                        problem("dateOfDeath", "deaths before 2017-05-12 (flat 10% era) are not supported")),
                bad("residence missing", f -> with(f, DEATH, null),
                        problem("residentOfTaiwan", "is required")),
                bad("asset without kind and value", f -> withAssets(f, List.of(new Asset(null, null, false))),
                        problem("assets[0].kind", "is required"), problem("assets[0].value", "is required")),
                bad("negative asset", f -> withAssets(f, List.of(new Asset(AssetKind.DEPOSIT, -1L, false))),
                        problem("assets[0].value", "must not be negative")),
                bad("absurd amount", f -> withAssets(f, List.of(new Asset(AssetKind.DEPOSIT, Long.MAX_VALUE, false))),
                        problem("assets[0].value", "must be at most 1000000000000000")),
                bad("null asset", f -> withAssets(f, Collections.singletonList(null)),
                        problem("assets[0]", "must not be null")),
                bad("too many assets", f -> withAssets(f,
                                Collections.nCopies(1001, new Asset(AssetKind.DEPOSIT, 1L, false))),
                        problem("assets", "must have at most 1000 entries")),
                bad("negative foreign tax", f -> new EstateFacts(f.dateOfDeath(), false, true, f.assets(),
                                List.of(new ForeignAsset(null, -5L)), f.giftsWithinTwoYears(), f.debts(),
                                f.unpaidTaxes(), f.spouseClaim(), f.heirs(), f.dependents()),
                        problem("foreignAssets[0].value", "is required"),
                        problem("foreignAssets[0].foreignTaxPaid", "must not be negative")),
                bad("gift without recipient, negative taxes", f -> new EstateFacts(f.dateOfDeath(), false, true,
                                f.assets(), f.foreignAssets(),
                                List.of(new GiftWithinTwoYears(null, 1L, -1L, -2L, -3L)), f.debts(),
                                f.unpaidTaxes(), f.spouseClaim(), f.heirs(), f.dependents()),
                        problem("giftsWithinTwoYears[0].recipient", "is required"),
                        problem("giftsWithinTwoYears[0].giftTaxPaid", "must not be negative"),
                        problem("giftsWithinTwoYears[0].landValueIncrementTaxPaid", "must not be negative"),
                        problem("giftsWithinTwoYears[0].interest", "must not be negative")),
                bad("negative debts and taxes", f -> new EstateFacts(f.dateOfDeath(), false, true, f.assets(),
                                f.foreignAssets(), f.giftsWithinTwoYears(), -1L, -2L, f.spouseClaim(), f.heirs(),
                                f.dependents()),
                        problem("debts", "must not be negative"), problem("unpaidTaxes", "must not be negative")),
                bad("spouse claim incomplete", f -> new EstateFacts(f.dateOfDeath(), false, true, f.assets(),
                                f.foreignAssets(), f.giftsWithinTwoYears(), f.debts(), f.unpaidTaxes(),
                                new SpouseClaim(null, -1L), f.heirs(), f.dependents()),
                        problem("spouseClaim.decedentMaritalProperty", "is required"),
                        problem("spouseClaim.spouseMaritalProperty", "must not be negative")),
                bad("spouse claim without a spouse", f -> withHeirs(f, List.of(heir(HeirRelation.CHILD))),
                        problem("spouseClaim", "needs a SPOUSE among heirs")),
                bad("two spouses", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE), heir(HeirRelation.SPOUSE))),
                        problem("heirs[1].relation", "only one SPOUSE is allowed")),
                bad("three parents", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE), heir(HeirRelation.PARENT),
                                heir(HeirRelation.PARENT), heir(HeirRelation.PARENT))),
                        problem("heirs[3].relation", "at most two PARENTs are allowed")),
                bad("heir without relation", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE),
                                new Heir(null, ADULT, false, false, null, false))),
                        problem("heirs[1].relation", "is required")),
                bad("child without birth date", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE),
                                new Heir(HeirRelation.CHILD, null, false, false, null, false))),
                        problem("heirs[1].birthDate", "is required for a CHILD or GRANDCHILD")),
                bad("heir born after the death", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE),
                                new Heir(HeirRelation.CHILD, DEATH.plusDays(1), false, false, null, false))),
                        problem("heirs[1].birthDate", "must not be after dateOfDeath")),
                bad("predeceased parent", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE),
                                new Heir(HeirRelation.PARENT, ADULT, false, true, null, false))),
                        problem("heirs[1].predeceased", "only a CHILD can be predeceased")),
                bad("predeceased child who renounced", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE),
                                new Heir(HeirRelation.CHILD, ADULT, true, true, null, false))),
                        problem("heirs[1].renounced", "a predeceased heir cannot renounce")),
                bad("child representing someone", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE),
                                new Heir(HeirRelation.CHILD, ADULT, false, true, null, false),
                                new Heir(HeirRelation.CHILD, ADULT, false, false, 1, false))),
                        problem("heirs[2].representsHeir", "only a GRANDCHILD can represent an heir")),
                bad("grandchild representing a living child", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE),
                                heir(HeirRelation.CHILD),
                                new Heir(HeirRelation.GRANDCHILD, ADULT, false, false, 1, false))),
                        problem("heirs[2].representsHeir", "must be the index of a predeceased CHILD in heirs")),
                bad("grandchild representing the spouse", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE),
                                new Heir(HeirRelation.GRANDCHILD, ADULT, false, false, 0, false))),
                        problem("heirs[1].representsHeir", "must be the index of a predeceased CHILD in heirs")),
                bad("grandchild representing nobody listed", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE),
                                new Heir(HeirRelation.GRANDCHILD, ADULT, false, false, 7, false))),
                        problem("heirs[1].representsHeir", "must be the index of a predeceased CHILD in heirs")),
                bad("grandchild representing itself", f -> withHeirs(f, List.of(heir(HeirRelation.SPOUSE),
                                new Heir(HeirRelation.GRANDCHILD, ADULT, false, false, -1, false))),
                        problem("heirs[1].representsHeir", "must be the index of a predeceased CHILD in heirs")),
                bad("dependent without relation, sibling without birth date, born after death",
                        f -> withDependents(f, List.of(new Dependent(null, null, false),
                                new Dependent(DependentRelation.SIBLING, null, false),
                                new Dependent(DependentRelation.GRANDPARENT, DEATH.plusDays(1), false))),
                        problem("dependents[0].relation", "is required"),
                        problem("dependents[1].birthDate", "is required for a SIBLING"),
                        problem("dependents[2].birthDate", "must not be after dateOfDeath")));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        EstateFacts facts = new EstateFacts(null, false, null, List.of(new Asset(null, -1L, false)), null, null,
                null, null, null, List.of(heir(HeirRelation.SPOUSE), heir(HeirRelation.SPOUSE)), null);

        assertThat(validator.validate(facts)).extracting(FieldProblem::field).containsExactly(
                "dateOfDeath", "residentOfTaiwan", "assets[0].kind", "assets[0].value", "heirs[1].relation");
    }

    @Test
    void aMissingBodyIsOneProblem() {
        assertThat(validator.validate(null)).containsExactly(problem("", "request body is required"));
    }

    private static Arguments bad(String description, UnaryOperator<EstateFacts> change, FieldProblem... expected) {
        return Arguments.of(description, change, List.of(expected));
    }

    private static FieldProblem problem(String field, String message) {
        return new FieldProblem(field, message);
    }

    private static EstateFacts with(EstateFacts f, LocalDate death, Boolean resident) {
        return new EstateFacts(death, f.diedInLineOfDuty(), resident, f.assets(), f.foreignAssets(),
                f.giftsWithinTwoYears(), f.debts(), f.unpaidTaxes(), f.spouseClaim(), f.heirs(), f.dependents());
    }

    private static EstateFacts withAssets(EstateFacts f, List<Asset> assets) {
        return new EstateFacts(f.dateOfDeath(), false, true, new ArrayList<>(assets), f.foreignAssets(),
                f.giftsWithinTwoYears(), f.debts(), f.unpaidTaxes(), f.spouseClaim(), f.heirs(), f.dependents());
    }

    private static EstateFacts withHeirs(EstateFacts f, List<Heir> heirs) {
        return new EstateFacts(f.dateOfDeath(), false, true, f.assets(), f.foreignAssets(),
                f.giftsWithinTwoYears(), f.debts(), f.unpaidTaxes(), f.spouseClaim(), heirs, f.dependents());
    }

    private static EstateFacts withDependents(EstateFacts f, List<Dependent> dependents) {
        return new EstateFacts(f.dateOfDeath(), false, true, f.assets(), f.foreignAssets(),
                f.giftsWithinTwoYears(), f.debts(), f.unpaidTaxes(), f.spouseClaim(), f.heirs(), dependents);
    }
}
