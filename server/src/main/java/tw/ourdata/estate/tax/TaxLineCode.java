package tw.ourdata.estate.tax;

/** What a line of the estimate is; each code has one legal basis ({@link LegalBasis}). */
public enum TaxLineCode {
    // parts of the gross estate
    ASSETS_IN_TAIWAN,
    FOREIGN_ASSETS,
    GIFTS_ADDED_BACK,
    EXCLUDED_ASSETS,
    EXEMPTION,
    // deductions
    SPOUSE,
    LINEAL_DESCENDANTS,
    PARENTS,
    DISABILITY,
    DEPENDENTS,
    FUNERAL,
    DEBTS,
    UNPAID_TAXES,
    SPOUSE_CLAIM,
    // credits
    GIFT_TAX,
    FOREIGN_TAX
}
