package tw.ourdata.estate.succession;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.common.Fraction;
import tw.ourdata.estate.succession.PartitionPlan.AssetShares;
import tw.ourdata.estate.succession.PartitionPlan.HeirShare;

class PartitionPlanTest {

    private final UUID house = UUID.randomUUID();
    private final UUID car = UUID.randomUUID();
    private final UUID spouse = UUID.randomUUID();
    private final UUID son = UUID.randomUUID();
    private final UUID daughter = UUID.randomUUID();
    private final List<UUID> assets = List.of(house, car);
    private final Set<UUID> heirs = Set.of(spouse, son, daughter);

    private static HeirShare share(UUID heir, String fraction) {
        return new HeirShare(heir.toString(), fraction);
    }

    private List<FieldProblem> problems(List<AssetShares> sent) {
        return PartitionPlan.read(sent, assets, heirs).problems();
    }

    @Test
    void theDefaultPlanGivesEveryHeirTheirStatutoryShareOfEveryAsset() {
        Map<UUID, Fraction> statutory = new LinkedHashMap<>();
        statutory.put(spouse, Fraction.of(1, 3));
        statutory.put(son, Fraction.of(1, 3));
        statutory.put(daughter, Fraction.of(1, 3));
        PartitionPlan plan = PartitionPlan.statutory(assets, statutory);
        assertThat(plan.sharesOf(house)).isEqualTo(statutory);
        assertThat(plan.sharesOf(car)).isEqualTo(statutory);
    }

    @Test
    void anIndivisibleAssetGoesWholeToOneHeirAndTheOthersShareTheRest() {
        PartitionPlan.Reading reading = PartitionPlan.read(List.of(
                new AssetShares(house.toString(), List.of(share(spouse, "1/2"), share(son, "1/4"), share(daughter, "1/4"))),
                new AssetShares(car.toString(), List.of(share(son, "1"), share(daughter, "0")))), assets, heirs);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.plan().sharesOf(car)).containsExactly(Map.entry(son, Fraction.ONE));
        // The son's part of the estate by value: 1/4 of 3,000,000 plus the whole 1,000,000 car, of 4,000,000.
        Fraction sonsPart = reading.plan().shareOfEstate(son, Map.of(house, 3_000_000L, car, 1_000_000L), Fraction.of(1, 3));
        assertThat(sonsPart).isEqualTo(Fraction.of(7, 16));
    }

    @Test
    void fractionsThatDoNotAddUpToOneAreRefusedWithTheSumTheyMake() {
        List<FieldProblem> problems = problems(List.of(
                new AssetShares(house.toString(), List.of(share(spouse, "1/2"), share(son, "1/3"))),
                new AssetShares(car.toString(), List.of(share(son, "1/2"), share(daughter, "2/3")))));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("assets[0]", "assets[1]");
        assertThat(problems.get(0).message()).contains("5/6");
        assertThat(problems.get(1).message()).contains("7/6");
    }

    @Test
    void everyFieldProblemIsNamedByItsPlace() {
        List<FieldProblem> problems = problems(List.of(
                new AssetShares(house.toString(), List.of(share(spouse, "half"), share(UUID.randomUUID(), "1/2"),
                        share(son, "-1/2"), share(daughter, "3/2"))),
                new AssetShares(house.toString(), List.of(share(son, "1"))),
                new AssetShares("not-an-id", List.of())));
        assertThat(problems).extracting(FieldProblem::field).containsExactly(
                "assets[0].allocations[0].fraction", "assets[0].allocations[1].heirId",
                "assets[0].allocations[2].fraction", "assets[0].allocations[3].fraction",
                "assets[1].assetId", "assets[2].assetId", "assets");
        assertThat(problems.get(6).message()).contains(car.toString()).contains("missing");
    }

    @Test
    void aPlanWithoutAssetsOrWithAHugeNumberIsRefused() {
        assertThat(problems(null)).extracting(FieldProblem::field).containsExactly("assets");
        assertThat(problems(List.of(new AssetShares(house.toString(), List.of(share(spouse, "1".repeat(50)))),
                new AssetShares(car.toString(), List.of(share(son, "1"))))))
                .extracting(FieldProblem::field).containsExactly("assets[0].allocations[0].fraction");
    }
}
