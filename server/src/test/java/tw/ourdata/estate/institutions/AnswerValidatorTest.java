package tw.ourdata.estate.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.common.Fraction;

class AnswerValidatorTest {

    private final AnswerValidator validator = new AnswerValidator();

    private static JsonNode n(long value) {
        return JsonNodeFactory.instance.numberNode(value);
    }

    private static AnswerRequest.Asset land(String share) {
        return new AnswerRequest.Asset("LAND", " 仁愛段 123 地號 ", "123", "公告土地現值", n(5_000_000), share);
    }

    @Test
    void aValidAnswerIsNormalised() {
        AnswerValidator.Result r = validator.validate(new AnswerRequest("FOUND", List.of(land("2/4")),
                List.of(new AnswerRequest.Liability("CREDIT_CARD", "玉山銀行 信用卡", n(0)))));
        assertThat(r.valid()).isTrue();
        assertThat(r.answer().assets().get(0).share()).isEqualTo(Fraction.of(1, 2));
        assertThat(r.answer().assets().get(0).description()).isEqualTo("仁愛段 123 地號");
        assertThat(r.answer().liabilities().get(0).amount()).isZero();
    }

    @Test
    void noShareMeansTheWholeAsset() {
        assertThat(validator.validate(new AnswerRequest("FOUND", List.of(land(null)), null)).answer().assets().get(0).share())
                .isEqualTo(Fraction.ONE);
    }

    @Test
    void sharesMustBeMoreThanNothingAndAtMostTheWhole() {
        assertThat(fields(new AnswerRequest("FOUND", List.of(land("0"), land("-1/2"), land("5/4"), land("1/0"), land("½"), land("1")), null)))
                .containsExactly("assets[0].share", "assets[1].share", "assets[2].share", "assets[3].share", "assets[4].share");
    }

    @Test
    void amountsAreWholeNonNegativeNumbers() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<AnswerRequest.Liability> debts = List.of(
                new AnswerRequest.Liability("LOAN", "a", f.numberNode(-1)),
                new AnswerRequest.Liability("LOAN", "b", f.numberNode(1.5)),
                new AnswerRequest.Liability("LOAN", "c", f.textNode("100")),
                new AnswerRequest.Liability("LOAN", "d", null),
                new AnswerRequest.Liability("LOAN", "e", f.numberNode(new java.math.BigInteger("99999999999999999999"))),
                new AnswerRequest.Liability("TAX", "f", f.numberNode(1)));
        assertThat(fields(new AnswerRequest("FOUND", null, debts))).containsExactly(
                "liabilities[0].amount", "liabilities[1].amount", "liabilities[2].amount", "liabilities[3].amount",
                "liabilities[4].amount");
    }

    @Test
    void noneWithAssetsOrDebtsIsAContradiction() {
        assertThat(fields(new AnswerRequest("NONE", List.of(land("1")), List.of(new AnswerRequest.Liability("LOAN", "x", n(1))))))
                .containsExactly("assets", "liabilities");
        assertThat(fields(new AnswerRequest("FOUND", List.of(), List.of()))).containsExactly("status");
        assertThat(validator.validate(new AnswerRequest("NONE", null, null)).valid()).isTrue();
    }

    @Test
    void requiredFieldsAndSizes() {
        assertThat(fields(new AnswerRequest(null, null, null))).containsExactly("status");
        AnswerRequest.Asset bare = new AnswerRequest.Asset(null, " ", "x".repeat(201), null, null, null);
        assertThat(fields(new AnswerRequest("FOUND", Collections.singletonList(bare), null))).containsExactly(
                "assets[0].kind", "assets[0].description", "assets[0].identifier", "assets[0].valuationBasis", "assets[0].value");
        assertThat(fields(new AnswerRequest("FOUND", Collections.nCopies(AnswerValidator.MAX_LINES + 1, land("1")), null)))
                .containsExactly("assets");
        assertThat(fields(new AnswerRequest("FOUND", Collections.singletonList(null), null))).containsExactly("assets[0]");
        assertThat(fields(null)).containsExactly("");
    }

    private List<String> fields(AnswerRequest request) {
        return validator.validate(request).problems().stream().map(FieldProblem::field).toList();
    }
}
