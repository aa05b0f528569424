package tw.ourdata.estate.templates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Models refuse what would make a broken document, before anything is rendered. */
class ModelTest {

    @Test
    void twoHeirsCannotShareASignatureField() {
        List<Heir> heirs = List.of(
                Heir.ofAge("林美玲", "配偶 Spouse", "1/2", "1/2", "heir-1"),
                Heir.ofAge("陳家豪", "子 Son", "1/2", "1/2", "heir-1"));
        assertThatThrownBy(() -> Samples.agreement(heirs, Samples.assets(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heir-1");
    }

    @Test
    void anAssetCanOnlyGoToAnHeirOfTheAgreement() {
        List<Heir> heirs = List.of(Heir.ofAge("林美玲", "配偶 Spouse", "1", "1", "heir-1"));
        List<Asset> assets = List.of(new Asset("存款", "存款 Deposit", "臺灣銀行", "012-1", 1L,
                List.of(new Allocation("王大同", "1"))));
        assertThatThrownBy(() -> Samples.agreement(heirs, assets))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("王大同");
    }

    @Test
    void aSignatureFieldNameCannotBeAFieldHierarchy() {
        assertThatThrownBy(() -> Heir.ofAge("林美玲", "配偶 Spouse", "1/2", "1/2", "heirs.1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentIdCannotCarryMarkup() {
        assertThatThrownBy(() -> new ExemptionCertificateModel("EXC\"<x>", Samples.DECEDENT, "C", 1L, 0L,
                Samples.DECEDENT.dateOfDeath()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
