package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ProxySettlementTest {

    private static final UUID CASE = UUID.randomUUID();
    private final OnboardingHeir spouse = heir(0, OnboardingStatus.AUTHORISED, null, null);
    private final OnboardingHeir son = heir(1, OnboardingStatus.AUTHORISED, null, null);

    private static OnboardingHeir heir(int position, OnboardingStatus status, OnboardingHeir.Proxy proxy, LocalDate died) {
        return new OnboardingHeir(UUID.randomUUID(), CASE, position, "A10000000" + position, "heir " + position,
                LocalDate.of(1970, 1, 1), "CHILD", died, null, null, null, null, status, AssuranceLevel.CERTIFICATE,
                status == OnboardingStatus.AUTHORISED ? OffsetDateTime.now() : null, proxy, null, null);
    }

    private static OnboardingHeir naming(OnboardingHeir h, OnboardingHeir.Proxy proxy) {
        return new OnboardingHeir(h.id(), h.caseId(), h.position(), h.nationalId(), h.name(), h.birthDate(), h.relation(),
                h.dateOfDeath(), null, null, null, null, h.status(), h.assurance(), h.consentedAt(), proxy, null, null);
    }

    @Test
    void everyoneNamingTheSameHeirAgrees() {
        OnboardingHeir.Proxy sonAsProxy = OnboardingHeir.Proxy.heir(son.id());
        ProxySettlement.Outcome outcome = ProxySettlement.settle(List.of(naming(spouse, sonAsProxy), naming(son, sonAsProxy),
                heir(2, null, null, LocalDate.of(2020, 1, 1)), heir(3, OnboardingStatus.RENOUNCED, null, null)));
        assertThat(outcome.agreed()).isTrue();
        assertThat(outcome.proxy().heirId()).isEqualTo(son.id());
    }

    @Test
    void theSameAgentIsRecognisedByNationalIdNotByHowTheNameWasWritten() {
        ProxySettlement.Outcome outcome = ProxySettlement.settle(List.of(
                naming(spouse, OnboardingHeir.Proxy.agent("張地政", "A123456789")),
                naming(son, OnboardingHeir.Proxy.agent("張 地政 士", "A123456789"))));
        assertThat(outcome.agreed()).isTrue();
    }

    @Test
    void differentNomineesAreADisputeListingEachCandidateOnce() {
        OnboardingHeir daughter = heir(2, OnboardingStatus.AUTHORISED, null, null);
        ProxySettlement.Outcome outcome = ProxySettlement.settle(List.of(
                naming(spouse, OnboardingHeir.Proxy.heir(son.id())),
                naming(son, OnboardingHeir.Proxy.agent("張地政", "A123456789")),
                naming(daughter, OnboardingHeir.Proxy.heir(son.id()))));
        assertThat(outcome.agreed()).isFalse();
        assertThat(outcome.candidates()).hasSize(2);
        assertThat(outcome.candidates().get(0).heirId()).isEqualTo(son.id());
    }

    @Test
    void anActiveHeirWhoHasNotAuthorisedBlocksAgreement() {
        OnboardingHeir.Proxy sonAsProxy = OnboardingHeir.Proxy.heir(son.id());
        ProxySettlement.Outcome outcome = ProxySettlement.settle(List.of(naming(spouse, sonAsProxy),
                heir(1, OnboardingStatus.VERIFIED, null, null)));
        assertThat(outcome.agreed()).isFalse();
        assertThat(outcome.why()).contains("not named");
    }

    @Test
    void aNomineeWhoRenouncedSinceCannotBeTheProxy() {
        OnboardingHeir renounced = heir(2, OnboardingStatus.RENOUNCED, null, null);
        OnboardingHeir.Proxy them = OnboardingHeir.Proxy.heir(renounced.id());
        ProxySettlement.Outcome outcome = ProxySettlement.settle(List.of(naming(spouse, them), naming(son, them), renounced));
        assertThat(outcome.agreed()).isFalse();
    }

    @Test
    void nobodyLeftToInheritIsNoAgreement() {
        assertThat(ProxySettlement.settle(List.of(heir(0, OnboardingStatus.RENOUNCED, null, null))).agreed()).isFalse();
    }
}
