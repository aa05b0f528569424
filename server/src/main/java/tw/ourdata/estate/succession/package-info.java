/**
 * Who inherits and how much: the statutory shares (應繼分) of Civil Code Art. 1138–1144 and 1176, as
 * exact {@link tw.ourdata.estate.common.Fraction}s. Start at
 * {@link tw.ourdata.estate.succession.StatutoryShareCalculator}.
 *
 * <p>The succession table lists spouse, children (a predeceased child is listed so that their children
 * can represent them), grandchildren (representing a predeceased child, or in their own right for
 * when every child renounces), parents, siblings and grandparents. Great-grandchildren are not modelled.
 */
package tw.ourdata.estate.succession;
