package tw.ourdata.estate.tax;

/**
 * The surviving spouse's remaining-property distribution claim (剩餘財產差額分配請求權, Civil Code
 * Art. 1030-1), deductible under Estate and Gift Tax Act Art. 17-1 ({@code spouseClaim}).
 *
 * @param decedentMaritalProperty property the decedent acquired during the marriage, inheritances and gifts received
 *                                excluded, NT$
 * @param spouseMaritalProperty   the same for the surviving spouse, NT$
 */
public record SpouseClaim(Long decedentMaritalProperty, Long spouseMaritalProperty) {
}
