package tw.ourdata.estate.templates;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.styledxmlparser.resolver.font.BasicFontProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

/**
 * The Traditional Chinese font shipped in this jar (Noto Sans TC Regular, OFL), and which
 * characters it can draw. Holds only immutable data, so one instance serves all threads.
 */
final class ShippedFont {
    static final String FAMILY = "Noto Sans TC";
    private static final String RESOURCE = "fonts/NotoSansTC-Regular.ttf";

    private final byte[] fontBytes;
    private final BitSet coveredCodePoints;

    private ShippedFont(byte[] fontBytes, BitSet coveredCodePoints) {
        this.fontBytes = fontBytes;
        this.coveredCodePoints = coveredCodePoints;
    }

    static ShippedFont load() {
        byte[] bytes = readResource();
        return new ShippedFont(bytes, coverageOf(bytes));
    }

    /** Whether the font has a glyph for this Unicode code point. */
    boolean covers(int codePoint) {
        return coveredCodePoints.get(codePoint);
    }

    /**
     * A new provider that knows only the shipped font. A provider caches PdfFont objects bound to
     * the document they were first used in, so every document gets its own.
     */
    FontProvider newFontProvider() {
        FontProvider provider = new UncachedFontProvider();
        provider.addFont(fontBytes);
        return provider;
    }

    private static byte[] readResource() {
        try (InputStream in = ShippedFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the jar: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /*
     * Under PDF/A iText refuses to write a missing glyph (.notdef), so the renderer must know
     * beforehand what the font can draw. Parsed once; the BitSet is read-only afterwards.
     */
    private static BitSet coverageOf(byte[] bytes) {
        try {
            FontProgram program = FontProgramFactory.createFont(bytes, false);
            BitSet covered = new BitSet(Character.MAX_CODE_POINT + 1);
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                if (program.getGlyph(cp) != null) {
                    covered.set(cp);
                }
            }
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the shipped font", e);
        }
    }

    /**
     * Registers no standard, shipped or system fonts (so nothing but our font can end up in a
     * document), and does not put font programs in iText's process-wide cache: a cached program
     * would be shared by documents rendered on different threads at the same time.
     */
    private static final class UncachedFontProvider extends BasicFontProvider {
        UncachedFontProvider() {
            super(false, false, false, FAMILY);
        }

        @Override
        public boolean getDefaultCacheFlag() {
            return false;
        }
    }
}
