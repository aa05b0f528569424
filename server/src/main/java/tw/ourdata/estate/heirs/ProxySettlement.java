package tw.ourdata.estate.heirs;

import java.util.ArrayList;
import java.util.List;

/**
 * Lifecycle step 3 (DESIGN.md): all active heirs must name the same proxy. Plain domain rule:
 * the heirs who inherit (not predeceased, not renounced) must all have authorised; if every one
 * of them named the same person — the same heir, or an outside agent with the same national ID —
 * that person is the case's proxy; otherwise it is a dispute for a tax officer.
 */
public final class ProxySettlement {

    private ProxySettlement() {
    }

    /** {@code proxy} is set exactly when {@code agreed}; {@code candidates} lists every distinct nominee. */
    public record Outcome(boolean agreed, OnboardingHeir.Proxy proxy, List<OnboardingHeir.Proxy> candidates, String why) {
    }

    public static Outcome settle(List<OnboardingHeir> succession) {
        List<OnboardingHeir> active = succession.stream().filter(OnboardingHeir::active).toList();
        List<OnboardingHeir.Proxy> candidates = candidates(succession);
        if (active.isEmpty()) {
            return new Outcome(false, null, candidates, "no heir inherits: every heir renounced");
        }
        List<OnboardingHeir> pending = active.stream()
                .filter(h -> h.status() != OnboardingStatus.AUTHORISED || h.proxy() == null).toList();
        if (!pending.isEmpty()) {
            return new Outcome(false, null, candidates, pending.size() + " active heirs have not named a proxy");
        }
        OnboardingHeir.Proxy first = active.get(0).proxy();
        boolean same = active.stream().allMatch(h -> first.sameAs(h.proxy()));
        if (!same) {
            return new Outcome(false, null, candidates, "the heirs named " + candidates.size() + " different proxies");
        }
        // An heir named by everyone may have renounced since: they no longer take part, so cannot act.
        if (first.isHeir() && succession.stream().noneMatch(h -> h.id().equals(first.heirId()) && h.active())) {
            return new Outcome(false, null, candidates, "the heir everyone named no longer inherits");
        }
        return new Outcome(true, first, candidates, "every active heir named the same proxy");
    }

    /** Distinct nominees of the active heirs, in the order of the first heir (by position) who named each. */
    public static List<OnboardingHeir.Proxy> candidates(List<OnboardingHeir> succession) {
        List<OnboardingHeir.Proxy> result = new ArrayList<>();
        succession.stream().filter(OnboardingHeir::active).filter(h -> h.proxy() != null).forEach(h -> {
            if (result.stream().noneMatch(p -> p.sameAs(h.proxy()))) {
                result.add(h.proxy());
            }
        });
        return result;
    }
}
