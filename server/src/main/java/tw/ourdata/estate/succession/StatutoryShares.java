package tw.ourdata.estate.succession;

import java.util.List;

import tw.ourdata.estate.common.Fraction;

/**
 * The statutory shares (應繼分) of a succession table: one exact share per listed heir, in the
 * order the heirs were listed. A listed person who does not inherit (predeceased, renounced,
 * or of a later order) has share 0. The shares of those who inherit sum to exactly 1, unless
 * {@link #nobodyInherits()}.
 *
 * @param shares                      one share per listed heir, in input order
 * @param order                       which blood order inherits
 * @param nextDegreeAfterRenunciation true when every child renounced and the grandchildren inherit in
 *                                    their own right (Civil Code Art. 1176(5)); the estate tax caps their
 *                                    deduction in that case (Estate and Gift Tax Act Art. 17(1)(2), proviso)
 */
public record StatutoryShares(List<Fraction> shares, InheritingOrder order, boolean nextDegreeAfterRenunciation) {

    public StatutoryShares {
        shares = List.copyOf(shares);
    }

    public Fraction shareOf(int heirIndex) {
        return shares.get(heirIndex);
    }

    public boolean inherits(int heirIndex) {
        return !shares.get(heirIndex).isZero();
    }

    public boolean nobodyInherits() {
        return order == InheritingOrder.NOBODY;
    }
}
