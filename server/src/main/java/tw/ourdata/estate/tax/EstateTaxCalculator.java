package tw.ourdata.estate.tax;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tw.ourdata.estate.common.Fraction;
import tw.ourdata.estate.succession.StatutoryShareCalculator;
import tw.ourdata.estate.succession.StatutoryShares;

/**
 * Computes the estate tax of one estate, itemised with the legal basis of every line, using the
 * parameters in force at the date of death.
 *
 * <p>Order of the computation (Art. 13–18, 11): gross estate − exemption − deductions = net taxable
 * estate (never below 0); progressive tax on it; then the Art. 11 credits, each capped at the
 * additional tax its own assets caused. Money is whole NT$ throughout; the only rounding is stated
 * where it happens (tax and spouse claim round down to the NT$).
 *
 * <p>Expects facts that passed {@link EstateFactsValidator}.
 */
public final class EstateTaxCalculator {

    private final TaxParameterTable parameterTable;
    private final StatutoryShareCalculator shareCalculator = new StatutoryShareCalculator();

    public EstateTaxCalculator(TaxParameterTable parameterTable) {
        this.parameterTable = Objects.requireNonNull(parameterTable, "parameterTable");
    }

    /**
     * @throws UnsupportedDateOfDeathException when no parameters are known for the date of death
     */
    public EstateTaxEstimate estimate(EstateFacts facts) {
        Objects.requireNonNull(facts.dateOfDeath(), "dateOfDeath");
        TaxParameters parameters = parameterTable.inForceAt(facts.dateOfDeath());
        StatutoryShares shares = shareCalculator.calculate(facts.heirs());

        Assessment full = assess(facts, shares, parameters);
        List<TaxLine> credits = new ArrayList<>();
        long remaining = full.tax();
        remaining -= applyCredit(credits, TaxLineCode.FOREIGN_TAX, foreignTaxPaid(facts),
                full.tax() - assess(withoutForeignAssets(facts), shares, parameters).tax(), remaining);
        remaining -= applyCredit(credits, TaxLineCode.GIFT_TAX, giftTaxesPaid(facts),
                full.tax() - assess(withoutGifts(facts), shares, parameters).tax(), remaining);

        List<StatutoryShare> statutoryShares = new ArrayList<>();
        for (int i = 0; i < facts.heirs().size(); i++) {
            Fraction share = shares.shareOf(i);
            statutoryShares.add(new StatutoryShare(i, share.toString()));
        }
        return new EstateTaxEstimate(full.grossEstate().total(), full.exemption(), full.deductions(),
                full.netTaxableEstate(), full.tax(), credits, remaining, statutoryShares,
                parameters.effectiveFrom());
    }

    /** The gross estate with its parts (the estimate carries only the total). */
    public GrossEstate grossEstate(EstateFacts facts) {
        return GrossEstate.of(facts);
    }

    private record Assessment(GrossEstate grossEstate, long exemption, List<TaxLine> deductions,
                              long netTaxableEstate, long tax) {
    }

    private static Assessment assess(EstateFacts facts, StatutoryShares shares, TaxParameters parameters) {
        GrossEstate gross = GrossEstate.of(facts);
        long exemption = Exemption.of(parameters, facts.diedInLineOfDuty());
        List<TaxLine> deductions = Deductions.of(facts, shares, parameters);
        long net = Math.max(0, gross.total() - exemption - Deductions.total(deductions));
        return new Assessment(gross, exemption, deductions, net, parameters.taxOn(net));
    }

    /**
     * Adds the credit line and returns the amount applied: what was paid, but no more than the
     * additional tax the credited assets caused (Art. 11), and no more than the tax still owed
     * (so the credit lines always add up to the reduction the heirs actually get).
     */
    private static long applyCredit(List<TaxLine> credits, TaxLineCode code, long paid, long cap, long remaining) {
        if (paid <= 0) {
            return 0;
        }
        long applied = Math.max(0, Math.min(paid, Math.min(cap, remaining)));
        credits.add(TaxLine.of(code, applied));
        return applied;
    }

    private static long foreignTaxPaid(EstateFacts facts) {
        if (!facts.residesInTaiwan()) {
            return 0; // a non-resident's foreign assets are not in the estate, so nothing to credit
        }
        long paid = 0;
        for (ForeignAsset asset : facts.foreignAssets()) {
            paid = Math.addExact(paid, EstateFacts.orZero(asset.foreignTaxPaid()));
        }
        return paid;
    }

    /** Art. 11(2): gift tax and land value increment tax paid on the added-back gifts, plus interest. */
    private static long giftTaxesPaid(EstateFacts facts) {
        long paid = 0;
        for (GiftWithinTwoYears gift : facts.giftsWithinTwoYears()) {
            paid = Math.addExact(paid, EstateFacts.orZero(gift.giftTaxPaid()));
            paid = Math.addExact(paid, EstateFacts.orZero(gift.landValueIncrementTaxPaid()));
            paid = Math.addExact(paid, EstateFacts.orZero(gift.interest()));
        }
        return paid;
    }

    private static EstateFacts withoutForeignAssets(EstateFacts f) {
        return new EstateFacts(f.dateOfDeath(), f.diedInLineOfDuty(), f.residentOfTaiwan(), f.assets(), List.of(),
                f.giftsWithinTwoYears(), f.debts(), f.unpaidTaxes(), f.spouseClaim(), f.heirs(), f.dependents());
    }

    /**
     * The same estate had the gifts never been added back: also without their effect on the spouse
     * claim (2024-10-28 rule), so the cap is the whole additional tax the addition caused.
     */
    private static EstateFacts withoutGifts(EstateFacts f) {
        return new EstateFacts(f.dateOfDeath(), f.diedInLineOfDuty(), f.residentOfTaiwan(), f.assets(),
                f.foreignAssets(), List.of(), f.debts(), f.unpaidTaxes(), f.spouseClaim(), f.heirs(), f.dependents());
    }
}
