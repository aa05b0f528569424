package tw.ourdata.estate.templates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Names with rare characters: drawn when the font has them, visibly marked and reported when not. */
class RareCharacterTest {
    private static final EstateDocumentRenderer RENDERER = new EstateDocumentRenderer();
    private static final String EXT_B = new String(Character.toChars(0x2161D)); // 𡘙

    @Test
    void aRareCharacterTheFontHasIsDrawnWithoutWarning() {
        RenderedDocument doc = RENDERER.renderPartitionAgreement(Samples.agreement());

        assertThat(PdfInspection.text(doc.pdf())).contains("陳小龘");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void theShippedFontLacksTheExtensionBCharacterUsedBelow() {
        // The premise of the next test: if a new font covers U+2161D, pick another missing character there.
        ShippedFont font = ShippedFont.load();
        assertThat(font.covers(0x9F98)).as("龘").isTrue();
        assertThat(font.covers(0x2161D)).as("𡘙").isFalse();
    }

    @Test
    void aCharacterTheFontLacksIsShownAsAVisibleMarkerAndReported() {
        List<Heir> heirs = List.of(
                Heir.ofAge("林" + EXT_B + "玲", "女 Daughter", "1/2", "1/2", "heir-1"),
                Heir.ofAge("陳家豪", "子 Son", "1/2", "1/2", "heir-2"));
        RenderedDocument doc = RENDERER.renderPartitionAgreement(Samples.agreement(heirs, Samples.oneDepositFor(heirs.get(0).name())));

        assertThat(PdfInspection.text(doc.pdf())).contains("林〔U+2161D〕玲 簽章 Signature");
        assertThat(doc.warnings()).singleElement().asString().contains("U+2161D", "林" + EXT_B + "玲");
        assertThat(PdfInspection.signatureFields(doc.pdf())).hasSize(2);
        assertThat(PdfAValidation.pdfA2bFailures(doc.pdf())).isEmpty();
    }

    @Test
    void theMarkerAlsoWorksOnTaxDocuments() {
        Decedent decedent = new Decedent("王" + EXT_B, "B223456789", Samples.DECEDENT.dateOfDeath(), "新北市板橋區");
        ExemptionCertificateModel model = new ExemptionCertificateModel("EXC-1", decedent, "CASE-1", 100L, 0L,
                Samples.DECEDENT.dateOfDeath());

        RenderedDocument doc = RENDERER.renderExemptionCertificate(model);

        assertThat(PdfInspection.text(doc.pdf())).contains("王〔U+2161D〕");
        assertThat(doc.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w).contains("U+2161D"));
    }
}
