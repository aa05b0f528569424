package tw.ourdata.estate.tax;

/**
 * The article behind each line of an estimate, in Chinese and English, so that an heir and a tax
 * officer read the same reason.
 */
public final class LegalBasis {

    private static final String ACT = "遺產及贈與稅法";
    private static final String ACT_EN = "Estate and Gift Tax Act";

    private LegalBasis() {
    }

    public static String of(TaxLineCode code) {
        return switch (code) {
            case ASSETS_IN_TAIWAN -> ACT + "第1條、第10條 / " + ACT_EN + " Art. 1, 10";
            case FOREIGN_ASSETS -> ACT + "第1條第1項 / " + ACT_EN + " Art. 1(1)";
            case GIFTS_ADDED_BACK -> ACT + "第15條 / " + ACT_EN + " Art. 15";
            case EXCLUDED_ASSETS -> ACT + "第16條 / " + ACT_EN + " Art. 16";
            case EXEMPTION -> ACT + "第18條 / " + ACT_EN + " Art. 18";
            case SPOUSE -> ACT + "第17條第1項第1款 / " + ACT_EN + " Art. 17(1)(1)";
            case LINEAL_DESCENDANTS -> ACT + "第17條第1項第2款、施行細則第10條之1 / "
                    + ACT_EN + " Art. 17(1)(2), Enforcement Rules Art. 10-1";
            case PARENTS -> ACT + "第17條第1項第3款 / " + ACT_EN + " Art. 17(1)(3)";
            case DISABILITY -> ACT + "第17條第1項第4款 / " + ACT_EN + " Art. 17(1)(4)";
            case DEPENDENTS -> ACT + "第17條第1項第5款 / " + ACT_EN + " Art. 17(1)(5)";
            case UNPAID_TAXES -> ACT + "第17條第1項第8款 / " + ACT_EN + " Art. 17(1)(8)";
            case DEBTS -> ACT + "第17條第1項第9款 / " + ACT_EN + " Art. 17(1)(9)";
            case FUNERAL -> ACT + "第17條第1項第10款 / " + ACT_EN + " Art. 17(1)(10)";
            case SPOUSE_CLAIM -> ACT + "第17條之1、民法第1030條之1 / "
                    + ACT_EN + " Art. 17-1, Civil Code Art. 1030-1";
            case FOREIGN_TAX -> ACT + "第11條第1項 / " + ACT_EN + " Art. 11(1)";
            case GIFT_TAX -> ACT + "第11條第2項 / " + ACT_EN + " Art. 11(2)";
        };
    }
}
