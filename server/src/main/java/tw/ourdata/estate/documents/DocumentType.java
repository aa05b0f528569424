package tw.ourdata.estate.documents;

/** The documents a case produces. The first three the platform issues and seals; the agreement the heirs sign. */
public enum DocumentType {
    /** 遺產稅核定通知書, issued when the approved tax is above zero. */
    TAX_ASSESSMENT,
    /** 遺產稅免稅證明書, issued when the approved tax is zero. */
    EXEMPTION_CERTIFICATE,
    /** 遺產稅繳清證明書, issued once the tax is paid. */
    TAX_CLEARANCE,
    /** 遺產分割協議書, signed by every active heir in turn. */
    PARTITION_AGREEMENT
}
