package tw.ourdata.estate.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A partition agreement model as template values: every text passed through the glyph guard, amounts and dates formatted. */
final class PartitionAgreementView {
    private PartitionAgreementView() {
    }

    static Map<String, Object> of(PartitionAgreementModel m, GlyphGuard guard) {
        Map<String, Object> view = new HashMap<>();
        view.put("decedent", DecedentView.of(m.decedent(), guard));
        view.put("heirs", m.heirs().stream().map(heir -> heir(heir, guard)).toList());
        view.put("proxyName", guard.text(m.proxy().name()));
        view.put("proxyCapacity", guard.text(m.proxy().capacity()));
        view.put("assets", assets(m.assets(), guard));
        view.put("totalValue", Formats.ntd(m.assets().stream().mapToLong(Asset::valueNtd).sum()));
        view.put("assessmentId", guard.text(m.taxAssessment().assessmentId()));
        view.put("assessmentVersion", String.valueOf(m.taxAssessment().version()));
        view.put("taxPayable", Formats.ntd(m.taxAssessment().taxPayableNtd()));
        view.put("approvedOn", Formats.date(m.taxAssessment().approvedOn()));
        view.put("draftedOn", Formats.date(m.draftedOn()));
        return view;
    }

    private static Map<String, Object> heir(Heir heir, GlyphGuard guard) {
        return Map.of(
                "name", guard.text(heir.name()),
                "relation", guard.text(heir.relation()),
                "statutoryShare", guard.text(heir.statutoryShare()),
                "agreedShare", guard.text(heir.agreedShare()),
                "isMinor", heir.guardian().isPresent(),
                "guardianName", guard.text(heir.guardian().orElse("")),
                "signatureFieldName", heir.signatureFieldName());
    }

    private static List<Map<String, Object>> assets(List<Asset> assets, GlyphGuard guard) {
        return IntStream.range(0, assets.size()).mapToObj(i -> {
            Asset asset = assets.get(i);
            return Map.<String, Object>of(
                    "number", String.valueOf(i + 1),
                    "description", guard.text(asset.description()),
                    "kind", guard.text(asset.kind()),
                    "institution", guard.text(asset.institution()),
                    "identifier", guard.text(asset.identifier()),
                    "value", Formats.ntd(asset.valueNtd()),
                    "allocations", asset.allocations().stream().map(a -> Map.<String, Object>of(
                            "heirName", guard.text(a.heirName()),
                            "fraction", guard.text(a.fraction()))).toList());
        }).toList();
    }
}
