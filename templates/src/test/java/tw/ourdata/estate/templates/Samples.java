package tw.ourdata.estate.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Realistic models for the tests: a widow, an adult son and a minor daughter with her guardian. */
final class Samples {
    static final Decedent DECEDENT = new Decedent("陳志明", "A123456789", LocalDate.of(2026, 3, 14),
            "臺北市大安區和平東路二段106號");

    private Samples() {
    }

    static List<Heir> heirs() {
        return List.of(
                Heir.ofAge("林美玲", "配偶 Spouse", "1/3", "1/2", "heir-1"),
                Heir.ofAge("陳家豪", "子 Son", "1/3", "1/4", "heir-2"),
                new Heir("陳小龘", "女 Daughter（未成年 minor）", "1/3", "1/4", "林美玲", "heir-3"));
    }

    static PartitionAgreementModel agreement() {
        return agreement(heirs(), assets(3));
    }

    static PartitionAgreementModel agreement(List<Heir> heirs, List<Asset> assets) {
        return new PartitionAgreementModel("PA-2026-000123-v2", DECEDENT, heirs,
                new Proxy("黃淑芬", "地政士 Land administration agent"), assets,
                new TaxAssessmentReference("TA-2026-000123", 2, 1_234_567L, LocalDate.of(2026, 6, 30)),
                LocalDate.of(2026, 7, 15));
    }

    /** The first three are a land parcel, a deposit and shares; more are deposits at numbered branches. */
    static List<Asset> assets(int count) {
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assets.add(switch (i) {
                case 0 -> new Asset("臺北市大安區龍泉段二小段123地號土地 Land parcel", "土地 Land",
                        "臺北市大安地政事務所 Da'an Land Office", "0123-0000", 18_500_000L,
                        List.of(new Allocation("林美玲", "1/2"), new Allocation("陳家豪", "1/2")));
                case 1 -> new Asset("活期存款 Demand deposit", "存款 Deposit", "臺灣銀行 Bank of Taiwan",
                        "012-34-567890", 2_345_678L, List.of(new Allocation("陳小龘", "1")));
                case 2 -> new Asset("台積電股票 10,000 股 TSMC shares", "股票 Shares", "臺灣集中保管結算所 TDCC",
                        "2330", 9_870_000L,
                        List.of(new Allocation("林美玲", "1/2"), new Allocation("陳家豪", "1/4"),
                                new Allocation("陳小龘", "1/4")));
                default -> new Asset("定期存款第" + (i + 1) + "筆 Time deposit no. " + (i + 1), "存款 Deposit",
                        "中華郵政 Chunghwa Post 第" + i + "分局", "700-" + (100000 + i), 100_000L + i,
                        List.of(new Allocation("陳家豪", "1")));
            });
        }
        return assets;
    }

    /** One deposit that goes wholly to the given heir: for tests about the heirs, not the assets. */
    static List<Asset> oneDepositFor(String heirName) {
        return List.of(new Asset("活期存款 Demand deposit", "存款 Deposit", "臺灣銀行 Bank of Taiwan",
                "012-34-567890", 2_345_678L, List.of(new Allocation(heirName, "1"))));
    }

    static TaxAssessmentNoticeModel assessmentNotice() {
        return new TaxAssessmentNoticeModel("TAN-2026-000123-v2", DECEDENT, "財北國稅遺字第1150012345號",
                List.of(
                        new TaxLine("G-LAND", "土地", "Land", 18_500_000L,
                                "遺產及贈與稅法第10條 / Art. 10"),
                        new TaxLine("G-SHARES", "上市股票", "Listed shares", 9_870_000L,
                                "遺產及贈與稅法第10條 / Art. 10"),
                        new TaxLine("E-BASIC", "免稅額", "Exemption", 13_330_000L,
                                "遺產及贈與稅法第18條 / Art. 18"),
                        new TaxLine("D-SPOUSE", "配偶扣除額", "Spouse deduction", 5_530_000L,
                                "遺產及贈與稅法第17條第1項第6款 / Art. 17(1)(6)"),
                        new TaxLine("D-MINOR", "未成年直系血親卑親屬扣除額", "Minor lineal descendant deduction", 560_000L,
                                "遺產及贈與稅法第17條第1項第1款 / Art. 17(1)(1)")),
                30_715_678L, 13_330_000L, 6_090_000L, 11_295_678L, 1_129_567L, 0L, 1_129_567L,
                LocalDate.of(2026, 8, 31), LocalDate.of(2026, 6, 30));
    }

    static ExemptionCertificateModel exemptionCertificate() {
        return new ExemptionCertificateModel("EXC-2026-000124", DECEDENT, "財北國稅遺字第1150012346號",
                9_800_000L, 0L, LocalDate.of(2026, 6, 30));
    }

    static TaxClearanceCertificateModel clearanceCertificate() {
        return new TaxClearanceCertificateModel("TCC-2026-000123", DECEDENT, "財北國稅遺字第1150012345號",
                1_129_567L, LocalDate.of(2026, 8, 20), "PAY-0099887766", LocalDate.of(2026, 8, 21));
    }
}
