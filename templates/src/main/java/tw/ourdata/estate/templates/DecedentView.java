package tw.ourdata.estate.templates;

import java.util.Map;

/** The decedent block shared by all documents, as template values. */
final class DecedentView {
    private DecedentView() {
    }

    static Map<String, Object> of(Decedent decedent, GlyphGuard guard) {
        return Map.of(
                "name", guard.text(decedent.name()),
                "nationalId", guard.identifier(decedent.nationalId()),
                "dateOfDeath", Formats.date(decedent.dateOfDeath()),
                "lastAddress", guard.text(decedent.lastAddress()));
    }
}
