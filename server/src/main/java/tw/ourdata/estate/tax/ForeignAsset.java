package tw.ourdata.estate.tax;

/**
 * An asset outside Taiwan ({@code foreignAssets[i]}), part of a resident's worldwide estate (Art. 1(1)).
 *
 * @param value          NT$ at the date of death
 * @param foreignTaxPaid estate tax paid abroad on it, NT$; optional (Art. 11(1) credit)
 */
public record ForeignAsset(Long value, Long foreignTaxPaid) {
}
