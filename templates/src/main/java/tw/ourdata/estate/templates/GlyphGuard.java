package tw.ourdata.estate.templates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes every model text drawable with the shipped font, for one rendering. A character the
 * font lacks (typically a rare CJK Extension B character in a name) is replaced by a visible
 * marker such as 〔U+2161D〕 and reported, because a silently dropped or wrong character in a
 * name on a legal document is worse than an obvious placeholder a person can correct.
 */
final class GlyphGuard {
    private final ShippedFont font;
    private final Set<String> warnings = new LinkedHashSet<>();

    GlyphGuard(ShippedFont font) {
        this.font = font;
    }

    String text(String value) {
        return guard(value, true);
    }

    /** Like {@link #text}, but the warning does not repeat the value: for national IDs, which must not spread into logs. */
    String identifier(String value) {
        return guard(value, false);
    }

    private String guard(String value, boolean echoInWarning) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (font.covers(cp) || isLayoutWhitespace(cp)) {
                out.appendCodePoint(cp);
            } else {
                String marker = marker(cp);
                out.append(marker);
                String where = echoInWarning ? "：「" + value + "」" : "";
                warnings.add("字型缺字，以" + marker + "標示" + where + " / Character U+" + hex(cp)
                        + " is not in the embedded font and is shown as " + marker
                        + (echoInWarning ? " in: " + value : ""));
            }
        });
        return out.toString();
    }

    List<String> warnings() {
        return new ArrayList<>(warnings);
    }

    static String marker(int codePoint) {
        return "〔U+" + hex(codePoint) + "〕";
    }

    private static String hex(int codePoint) {
        return String.format("%04X", codePoint);
    }

    // HTML collapses these into spaces, so they never reach the font.
    private static boolean isLayoutWhitespace(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f';
    }
}
