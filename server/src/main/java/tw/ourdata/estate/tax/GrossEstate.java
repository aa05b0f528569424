package tw.ourdata.estate.tax;

import java.util.ArrayList;
import java.util.List;

/**
 * The gross estate (遺產總額) and the parts it is made of, each with its article.
 *
 * <p>A resident is taxed on the worldwide estate (Art. 1(1)); a non-resident only on the estate in
 * Taiwan (Art. 1(2)), so their foreign assets are not counted. Gifts within two years before death
 * to the spouse or an heir are added back at their value on the date of death (Art. 15).
 *
 * @param total          the gross estate
 * @param foreignAssets  the foreign part of {@code total}
 * @param giftsAddedBack the Art. 15 part of {@code total}
 * @param parts          lines: assets in Taiwan, foreign assets, gifts added back, and (for information, not in
 *                       the total) the Art. 16 excluded assets; lines of 0 are left out
 */
public record GrossEstate(long total, long foreignAssets, long giftsAddedBack, List<TaxLine> parts) {

    public GrossEstate {
        parts = List.copyOf(parts);
    }

    public static GrossEstate of(EstateFacts facts) {
        long inTaiwan = 0;
        long excluded = 0;
        for (Asset asset : facts.assets()) {
            if (asset.excluded()) {
                excluded = Math.addExact(excluded, EstateFacts.orZero(asset.value()));
            } else {
                inTaiwan = Math.addExact(inTaiwan, EstateFacts.orZero(asset.value()));
            }
        }
        long foreign = 0;
        if (facts.residesInTaiwan()) {
            for (ForeignAsset asset : facts.foreignAssets()) {
                foreign = Math.addExact(foreign, EstateFacts.orZero(asset.value()));
            }
        }
        long gifts = 0;
        for (GiftWithinTwoYears gift : facts.giftsWithinTwoYears()) {
            gifts = Math.addExact(gifts, EstateFacts.orZero(gift.valueAtDeath()));
        }
        List<TaxLine> parts = new ArrayList<>();
        addIfPositive(parts, TaxLineCode.ASSETS_IN_TAIWAN, inTaiwan);
        addIfPositive(parts, TaxLineCode.FOREIGN_ASSETS, foreign);
        addIfPositive(parts, TaxLineCode.GIFTS_ADDED_BACK, gifts);
        addIfPositive(parts, TaxLineCode.EXCLUDED_ASSETS, excluded);
        return new GrossEstate(Math.addExact(Math.addExact(inTaiwan, foreign), gifts), foreign, gifts, parts);
    }

    private static void addIfPositive(List<TaxLine> lines, TaxLineCode code, long amount) {
        if (amount > 0) {
            lines.add(TaxLine.of(code, amount));
        }
    }
}
