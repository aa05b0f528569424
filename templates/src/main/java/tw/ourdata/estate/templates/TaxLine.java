package tw.ourdata.estate.templates;

import java.util.Objects;

/**
 * One itemised line of a tax assessment.
 *
 * @param code       line code, e.g. "D-SPOUSE"
 * @param labelZh    Traditional Chinese label, e.g. "配偶扣除額"
 * @param labelEn    English label, e.g. "Spouse deduction"
 * @param amountNtd  amount, whole NT$
 * @param legalBasis the provision it rests on, e.g. "遺產及贈與稅法第17條第1項第6款 / Art. 17(1)(6)"
 */
public record TaxLine(String code, String labelZh, String labelEn, long amountNtd, String legalBasis) {
    public TaxLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }
}
