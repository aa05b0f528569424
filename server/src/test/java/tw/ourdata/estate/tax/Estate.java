package tw.ourdata.estate.tax;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tw.ourdata.estate.succession.Heir;
import tw.ourdata.estate.succession.HeirRelation;

/** Test builder: an estate described the way a heir would tell it. */
final class Estate {

    static final LocalDate ADULT = LocalDate.of(1980, 1, 1);

    private LocalDate dateOfDeath;
    private boolean lineOfDuty;
    private Boolean resident = true;
    private final List<Asset> assets = new ArrayList<>();
    private final List<ForeignAsset> foreignAssets = new ArrayList<>();
    private final List<GiftWithinTwoYears> gifts = new ArrayList<>();
    private Long debts;
    private Long unpaidTaxes;
    private SpouseClaim spouseClaim;
    private final List<Heir> heirs = new ArrayList<>();
    private final List<Dependent> dependents = new ArrayList<>();

    static Estate diedOn(String date) {
        Estate estate = new Estate();
        estate.dateOfDeath = LocalDate.parse(date);
        return estate;
    }

    Estate inLineOfDuty() {
        lineOfDuty = true;
        return this;
    }

    Estate nonResident() {
        resident = false;
        return this;
    }

    Estate asset(long value) {
        assets.add(new Asset(AssetKind.DEPOSIT, value, false));
        return this;
    }

    Estate excludedAsset(long value) {
        assets.add(new Asset(AssetKind.INSURANCE, value, true));
        return this;
    }

    Estate foreignAsset(long value, long foreignTaxPaid) {
        foreignAssets.add(new ForeignAsset(value, foreignTaxPaid));
        return this;
    }

    Estate gift(GiftRecipient to, long valueAtDeath, long giftTax, long landValueIncrementTax, long interest) {
        gifts.add(new GiftWithinTwoYears(to, valueAtDeath, giftTax, landValueIncrementTax, interest));
        return this;
    }

    Estate debts(long amount) {
        debts = amount;
        return this;
    }

    Estate unpaidTaxes(long amount) {
        unpaidTaxes = amount;
        return this;
    }

    Estate spouseClaim(long decedentMaritalProperty, long spouseMaritalProperty) {
        spouseClaim = new SpouseClaim(decedentMaritalProperty, spouseMaritalProperty);
        return this;
    }

    Estate heir(HeirRelation relation) {
        return heir(new Heir(relation, ADULT, false, false, null, false));
    }

    Estate heir(Heir heir) {
        heirs.add(heir);
        return this;
    }

    Estate spouse() {
        return heir(HeirRelation.SPOUSE);
    }

    Estate child(String birthDate) {
        return heir(new Heir(HeirRelation.CHILD, LocalDate.parse(birthDate), false, false, null, false));
    }

    Estate renouncedChild(String birthDate) {
        return heir(new Heir(HeirRelation.CHILD, LocalDate.parse(birthDate), true, false, null, false));
    }

    Estate grandchild(String birthDate, Integer represents) {
        return heir(new Heir(HeirRelation.GRANDCHILD, LocalDate.parse(birthDate), false, false, represents, false));
    }

    Estate dependent(DependentRelation relation, String birthDate, boolean severelyDisabled) {
        dependents.add(new Dependent(relation, birthDate == null ? null : LocalDate.parse(birthDate), severelyDisabled));
        return this;
    }

    static Heir renounced(HeirRelation relation) {
        return new Heir(relation, ADULT, true, false, null, false);
    }

    static Heir disabled(HeirRelation relation) {
        return new Heir(relation, ADULT, false, false, null, true);
    }

    static Heir predeceasedChild() {
        return new Heir(HeirRelation.CHILD, ADULT, false, true, null, false);
    }

    EstateFacts facts() {
        return new EstateFacts(dateOfDeath, lineOfDuty, resident, assets, foreignAssets, gifts, debts, unpaidTaxes,
                spouseClaim, heirs, dependents);
    }
}
