package tw.ourdata.estate.tax;

/**
 * A gift made within two years before death to the spouse or an heir ({@code giftsWithinTwoYears[i]}):
 * added back to the estate at its value on the date of death (Art. 15), with the taxes already paid
 * on it credited (Art. 11(2)).
 *
 * @param recipient                 spouse or heir
 * @param valueAtDeath              NT$ value on the date of death
 * @param giftTaxPaid               gift tax paid, NT$; optional
 * @param landValueIncrementTaxPaid land value increment tax paid on it, NT$; optional
 * @param interest                  interest on those taxes at the Chunghwa Post one-year deposit rate, NT$; optional
 */
public record GiftWithinTwoYears(
        GiftRecipient recipient,
        Long valueAtDeath,
        Long giftTaxPaid,
        Long landValueIncrementTaxPaid,
        Long interest) {
}
