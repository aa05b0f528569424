package tw.ourdata.estate.heirs;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import tw.ourdata.estate.common.NationalId;

/** The texts of the proxy-dispute form: who named whom, and the numbered candidates the officer picks from. */
final class ProxyDisputeForm {

    private ProxyDisputeForm() {
    }

    static String nominations(List<OnboardingHeir> succession) {
        Map<UUID, OnboardingHeir> byId = succession.stream().collect(Collectors.toMap(OnboardingHeir::id, Function.identity()));
        List<OnboardingHeir.Proxy> candidates = ProxySettlement.candidates(succession);
        StringBuilder text = new StringBuilder();
        for (OnboardingHeir h : succession) {
            if (!h.active()) {
                continue;
            }
            text.append('#').append(h.position()).append(' ').append(h.name()).append(" → ");
            if (h.proxy() == null) {
                text.append("（尚未指定 none yet）");
            } else {
                int number = indexOf(candidates, h.proxy()) + 1;
                text.append('[').append(number).append("] ").append(describe(h.proxy(), byId));
            }
            text.append('\n');
        }
        return text.toString();
    }

    static String candidates(List<OnboardingHeir> succession) {
        Map<UUID, OnboardingHeir> byId = succession.stream().collect(Collectors.toMap(OnboardingHeir::id, Function.identity()));
        List<OnboardingHeir.Proxy> candidates = ProxySettlement.candidates(succession);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            text.append('[').append(i + 1).append("] ").append(describe(candidates.get(i), byId)).append('\n');
        }
        return text.toString();
    }

    static String describe(OnboardingHeir.Proxy proxy, Map<UUID, OnboardingHeir> byId) {
        if (proxy.isHeir()) {
            OnboardingHeir h = byId.get(proxy.heirId());
            return "繼承人 heir #" + (h == null ? "?" : h.position() + " " + h.name());
        }
        return "代理人 agent " + proxy.agentName() + " " + NationalId.mask(proxy.agentNationalId());
    }

    private static int indexOf(List<OnboardingHeir.Proxy> candidates, OnboardingHeir.Proxy proxy) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).sameAs(proxy)) {
                return i;
            }
        }
        return -1;
    }
}
