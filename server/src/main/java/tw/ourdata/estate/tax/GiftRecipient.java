package tw.ourdata.estate.tax;

/** Who received a gift that Art. 15 adds back to the estate. */
public enum GiftRecipient {
    SPOUSE,
    /** An heir, or an heir's spouse (Art. 15(1)(2)(3)). */
    HEIR
}
