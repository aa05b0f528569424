package tw.ourdata.estate.templates;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionAgreementTest {
    private static final EstateDocumentRenderer RENDERER = new EstateDocumentRenderer();
    private static RenderedDocument agreement;
    private static String text;

    @BeforeAll
    static void render() {
        agreement = RENDERER.renderPartitionAgreement(Samples.agreement());
        text = PdfInspection.text(agreement.pdf());
    }

    @Test
    void statesTheDecedentTheHeirsAndTheirSharesInChineseAndEnglish() {
        assertThat(text).contains("遺產分割協議書", "Estate Partition Agreement",
                "陳志明", "A123456789", "民國115年3月14日", "2026-03-14", "臺北市大安區和平東路二段106號",
                "林美玲", "配偶 Spouse", "陳家豪", "陳小龘", "應繼分", "Statutory share", "協議分配", "Agreed share");
    }

    @Test
    void listsEveryAssetWithItsValueAndWhoGetsWhichFraction() {
        assertThat(text).contains("龍泉段二小段", "土地 Land", "0123-0000", "NT$ 18,500,000",
                "臺灣銀行 Bank of Taiwan", "012-34-567890", "NT$ 2,345,678",
                "台積電股票", "NT$ 9,870,000", "林美玲 1/2", "陳家豪 1/4", "陳小龘 1",
                "NT$ 30,715,678");
    }

    @Test
    void namesTheProxyAndTheApprovedTaxAssessment() {
        assertThat(text).contains("代理人", "Proxy", "黃淑芬", "地政士 Land administration agent",
                "TA-2026-000123", "version 2", "NT$ 1,234,567", "民國115年6月30日");
    }

    @Test
    void everyPageCarriesTheDocumentIdAndItsPageNumber() {
        List<String> pages = PdfInspection.pageTexts(agreement.pdf());
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i))
                    .contains("PA-2026-000123-v2")
                    .contains("第 " + (i + 1) + " / " + pages.size() + " 頁")
                    .contains("Page " + (i + 1) + " / " + pages.size());
        }
        assertThat(agreement.documentId()).isEqualTo("PA-2026-000123-v2");
    }

    @Test
    void hasOneEmptySignatureFieldPerHeirNamedByTheModelOverThatHeirsLabel() {
        List<PdfInspection.SignatureFieldInfo> fields = PdfInspection.signatureFields(agreement.pdf());

        assertThat(agreement.signatureFieldNames()).containsExactly("heir-1", "heir-2", "heir-3");
        assertThat(fields).extracting(PdfInspection.SignatureFieldInfo::name)
                .containsExactly("heir-1", "heir-2", "heir-3");
        assertThat(fields).allSatisfy(field -> {
            assertThat(field.signed()).as("signed " + field.name()).isFalse();
            assertThat(field.pageNumber()).as("page of " + field.name()).isPositive();
            assertThat(field.rect().getWidth()).isGreaterThan(100);
            assertThat(field.rect().getHeight()).isGreaterThan(40);
            assertThat(field.typeAnnot()).as("/Type /Annot").isTrue();
            assertThat(field.printed()).as("print flag").isTrue();
            assertThat(field.hasNormalAppearance()).as("normal appearance").isTrue();
        });
        assertThat(fields.get(0).textJustAbove()).contains("林美玲 簽章 Signature");
        assertThat(fields.get(1).textJustAbove()).contains("陳家豪 簽章 Signature");
        assertThat(fields.get(2).textJustAbove()).contains("法定代理人 Guardian: 林美玲");
    }

    @Test
    void signatureFieldsLieInsideThePage() {
        for (PdfInspection.SignatureFieldInfo field : PdfInspection.signatureFields(agreement.pdf())) {
            var page = PdfInspection.mediaBox(agreement.pdf(), field.pageNumber());
            assertThat(field.rect().getLowerLeftX()).isGreaterThanOrEqualTo(page.getLowerLeftX());
            assertThat(field.rect().getLowerLeftY()).isGreaterThanOrEqualTo(page.getLowerLeftY());
            assertThat(field.rect().getUpperRightX()).isLessThanOrEqualTo(page.getUpperRightX());
            assertThat(field.rect().getUpperRightY()).isLessThanOrEqualTo(page.getUpperRightY());
        }
    }

    @Test
    void aMinorHeirsSignatureBoxNamesTheGuardian() {
        assertThat(text).contains("陳小龘 簽章 Signature", "法定代理人 Guardian: 林美玲");
        assertThat(text).doesNotContain("法定代理人 Guardian: 陳家豪");
    }

    @Test
    void usesOnlyTheShippedFontEmbeddedAsASubset() {
        assertThat(PdfInspection.fonts(agreement.pdf())).isNotEmpty().allSatisfy(font -> {
            assertThat(font.name()).endsWith("+NotoSansTC-Regular");
            assertThat(font.isSubset()).as("subset " + font.name()).isTrue();
            assertThat(font.embedded()).as("embedded " + font.name()).isTrue();
        });
    }

    @Test
    void aNameWithHtmlInItIsPrintedLiterally() {
        List<Heir> heirs = List.of(
                Heir.ofAge("<b>王</b>", "子 Son", "1/2", "1/2", "heir-1"),
                Heir.ofAge("李&amp;四 \"Q\"", "女 Daughter", "1/2", "1/2", "heir-2"));
        RenderedDocument doc = RENDERER.renderPartitionAgreement(Samples.agreement(heirs, Samples.oneDepositFor(heirs.get(0).name())));

        String rendered = PdfInspection.text(doc.pdf());
        assertThat(rendered).contains("<b>王</b> 簽章 Signature", "李&amp;四 \"Q\"");
        assertThat(PdfInspection.signatureFields(doc.pdf())).extracting(PdfInspection.SignatureFieldInfo::name)
                .containsExactly("heir-1", "heir-2");
    }

    @Test
    void manyAssetsSpanSeveralPagesEachNumberedAndAllFieldsStillPlaced() {
        RenderedDocument doc = RENDERER.renderPartitionAgreement(Samples.agreement(Samples.heirs(), Samples.assets(80)));

        List<String> pages = PdfInspection.pageTexts(doc.pdf());
        assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("PA-2026-000123-v2", "Page " + (i + 1) + " / " + pages.size());
        }
        assertThat(String.join("\n", pages)).contains("定期存款第80筆", "700-100079");
        List<PdfInspection.SignatureFieldInfo> fields = PdfInspection.signatureFields(doc.pdf());
        assertThat(fields).extracting(PdfInspection.SignatureFieldInfo::name).containsExactly("heir-1", "heir-2", "heir-3");
        assertThat(fields).allSatisfy(f -> assertThat(f.pageNumber()).isGreaterThan(1));
        assertThat(fields.get(2).textJustAbove()).contains("法定代理人 Guardian: 林美玲");
    }

    @Test
    void manyHeirsSignatureBoxesRunOntoTheNextPageEachUnderItsOwnLabel() {
        List<Heir> heirs = java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(i -> Heir.ofAge("繼承人" + i + "號", "子 Son", "1/9", "1/9", "heir-" + i))
                .toList();
        List<Asset> assets = List.of(new Asset("活期存款", "存款 Deposit", "臺灣銀行", "012-1", 900L,
                heirs.stream().map(h -> new Allocation(h.name(), "1/9")).toList()));

        RenderedDocument doc = RENDERER.renderPartitionAgreement(Samples.agreement(heirs, assets));

        List<PdfInspection.SignatureFieldInfo> fields = PdfInspection.signatureFields(doc.pdf());
        assertThat(fields).hasSize(9);
        for (PdfInspection.SignatureFieldInfo a : fields) {
            for (PdfInspection.SignatureFieldInfo b : fields) {
                if (a != b && a.pageNumber() == b.pageNumber()) {
                    boolean apart = a.rect().getUpperRightY() <= b.rect().getLowerLeftY()
                            || b.rect().getUpperRightY() <= a.rect().getLowerLeftY();
                    assertThat(apart).as(a.name() + " and " + b.name() + " overlap").isTrue();
                }
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            assertThat(fields.get(i).name()).isEqualTo("heir-" + (i + 1));
            assertThat(fields.get(i).textJustAbove()).contains("繼承人" + (i + 1) + "號 簽章 Signature");
        }
        assertThat(fields.get(8).pageNumber()).isGreaterThan(fields.get(0).pageNumber());
    }
}
