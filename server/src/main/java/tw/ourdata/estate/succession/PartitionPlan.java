package tw.ourdata.estate.succession;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.common.Fraction;

/**
 * A partition plan (分割方案): for every asset of the estate, which heir receives which exact fraction of it. The
 * fractions of one asset are positive and sum to exactly 1; an indivisible asset (a car) simply goes whole to one
 * heir. The default plan gives every heir their statutory share (應繼分) of every asset.
 *
 * <p>Plain domain code: {@link #read} turns what the proxy sent into a plan, or into the list of field problems the
 * portal shows next to the fields.
 */
public record PartitionPlan(Map<UUID, Map<UUID, Fraction>> sharesByAsset) {

    /** Longer than any fraction a person types; keeps a hostile request from building huge numbers. */
    private static final int MAX_FRACTION_LENGTH = 40;

    public PartitionPlan {
        sharesByAsset = copy(sharesByAsset);
    }

    /** Every heir receives their statutory share of every asset. */
    public static PartitionPlan statutory(List<UUID> assetIds, Map<UUID, Fraction> statutoryShares) {
        Map<UUID, Fraction> shares = new LinkedHashMap<>();
        statutoryShares.forEach((heir, share) -> {
            if (share.signum() > 0) {
                shares.put(heir, share);
            }
        });
        Map<UUID, Map<UUID, Fraction>> plan = new LinkedHashMap<>();
        assetIds.forEach(asset -> plan.put(asset, shares));
        return new PartitionPlan(plan);
    }

    public Map<UUID, Fraction> sharesOf(UUID assetId) {
        return sharesByAsset.getOrDefault(assetId, Map.of());
    }

    /**
     * The heir's part of the whole estate by value: Σ value × fraction ÷ Σ value, exact. With no value at all
     * (nothing reported), the statutory share stands.
     */
    public Fraction shareOfEstate(UUID heirId, Map<UUID, Long> valueByAsset, Fraction statutoryShare) {
        long total = valueByAsset.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return statutoryShare;
        }
        Fraction sum = Fraction.ZERO;
        for (Map.Entry<UUID, Map<UUID, Fraction>> asset : sharesByAsset.entrySet()) {
            Fraction f = asset.getValue().get(heirId);
            if (f != null) {
                sum = sum.add(f.multiply(valueByAsset.getOrDefault(asset.getKey(), 0L)));
            }
        }
        return sum.divide(total);
    }

    /** One asset as the proxy sent it. */
    public record AssetShares(String assetId, List<HeirShare> allocations) {
    }

    public record HeirShare(String heirId, String fraction) {
    }

    /** A plan, or what is wrong with what was sent; never both. */
    public record Reading(PartitionPlan plan, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * @param sent     the proxy's plan: every asset once, each with the heirs' fractions
     * @param assetIds the case's assets, in the order the portal lists them
     * @param heirIds  the heirs who may receive (the active heirs)
     */
    public static Reading read(List<AssetShares> sent, List<UUID> assetIds, Set<UUID> heirIds) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<UUID, Map<UUID, Fraction>> plan = new LinkedHashMap<>();
        if (sent == null) {
            return new Reading(null, List.of(new FieldProblem("assets", "is required: every asset with its heirs' fractions")));
        }
        for (int i = 0; i < sent.size(); i++) {
            String field = "assets[" + i + "]";
            AssetShares asset = sent.get(i);
            UUID assetId = asset == null ? null : uuid(asset.assetId());
            if (assetId == null || !assetIds.contains(assetId)) {
                problems.add(new FieldProblem(field + ".assetId", "is not an asset of this estate"));
                continue;
            }
            if (plan.containsKey(assetId)) {
                problems.add(new FieldProblem(field + ".assetId", "appears twice: give each asset once"));
                continue;
            }
            Map<UUID, Fraction> shares = new LinkedHashMap<>();
            List<HeirShare> allocations = asset.allocations() == null ? List.of() : asset.allocations();
            boolean readable = true;
            for (int j = 0; j < allocations.size(); j++) {
                String at = field + ".allocations[" + j + "]";
                HeirShare share = allocations.get(j);
                UUID heirId = share == null ? null : uuid(share.heirId());
                if (heirId == null || !heirIds.contains(heirId)) {
                    problems.add(new FieldProblem(at + ".heirId", "is not an heir who inherits in this case"));
                    readable = false;
                    continue;
                }
                if (shares.containsKey(heirId)) {
                    problems.add(new FieldProblem(at + ".heirId", "appears twice for this asset"));
                    readable = false;
                    continue;
                }
                Fraction fraction = fraction(share.fraction());
                if (fraction == null) {
                    problems.add(new FieldProblem(at + ".fraction", "must be an exact fraction such as 1/3, 1 or 0"));
                    readable = false;
                } else if (fraction.signum() < 0 || fraction.compareTo(Fraction.ONE) > 0) {
                    problems.add(new FieldProblem(at + ".fraction", "must be between 0 and 1"));
                    readable = false;
                } else if (fraction.signum() > 0) {
                    shares.put(heirId, fraction);
                }
            }
            if (readable) {
                Fraction sum = shares.values().stream().reduce(Fraction.ZERO, Fraction::add);
                if (!sum.equals(Fraction.ONE)) {
                    problems.add(new FieldProblem(field, "the fractions of this asset add up to " + sum
                            + "; they must add up to exactly 1"));
                }
            }
            plan.put(assetId, shares);
        }
        Set<UUID> given = new HashSet<>(plan.keySet());
        for (UUID assetId : assetIds) {
            if (!given.contains(assetId)) {
                problems.add(new FieldProblem("assets", "asset " + assetId + " is missing: every asset must be allocated"));
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(null, List.copyOf(problems));
        }
        Map<UUID, Map<UUID, Fraction>> ordered = new LinkedHashMap<>();
        assetIds.forEach(a -> ordered.put(a, plan.get(a)));
        return new Reading(new PartitionPlan(ordered), List.of());
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Fraction fraction(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_FRACTION_LENGTH) {
            return null;
        }
        try {
            return Fraction.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<UUID, Map<UUID, Fraction>> copy(Map<UUID, Map<UUID, Fraction>> source) {
        Objects.requireNonNull(source, "sharesByAsset");
        Map<UUID, Map<UUID, Fraction>> result = new LinkedHashMap<>();
        source.forEach((asset, shares) -> result.put(asset, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares))));
        return java.util.Collections.unmodifiableMap(result);
    }
}
