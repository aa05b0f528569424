package tw.ourdata.estate.heirs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.common.ConcurrentChanges;
import tw.ourdata.estate.common.DeploymentMode;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.heirs.notifications.Recipients;

/**
 * The portal API for heirs and guardians ({@code /api/v1/portal/**}). A session cookie after
 * verification; every POST needs the session's CSRF token ({@code GET /api/v1/portal/csrf},
 * then send it in the {@code X-CSRF-TOKEN} header).
 *
 * <p>Before login, the invitation token from the link {@code /portal/invitations/{token}} names
 * the heir: one-time code or certificate challenge. After login: my cases, one case, consent and
 * proxy, renunciation, logout.
 */
@RestController
@RequestMapping("/api/v1/portal")
class HeirPortalController {

    private final Invitations invitations;
    private final OneTimeCodes codes;
    private final CertificateChallenges challenges;
    private final Authorisations authorisations;
    private final PortalCases portalCases;
    private final CaseRepository cases;
    private final OnboardingRepository heirs;

    private final SigningAssurance signing;

    HeirPortalController(Invitations invitations, OneTimeCodes codes, CertificateChallenges challenges,
                         Authorisations authorisations, PortalCases portalCases, CaseRepository cases,
                         OnboardingRepository heirs, Environment env, DeploymentMode mode) {
        this.signing = SigningAssurance.of(env, mode);
        this.heirs = heirs;
        this.invitations = invitations;
        this.codes = codes;
        this.challenges = challenges;
        this.authorisations = authorisations;
        this.portalCases = portalCases;
        this.cases = cases;
    }

    record Csrf(String headerName, String parameterName, String token) {
    }

    /** The CSRF token of this session (the call starts one): send it back in {@code headerName} on every POST. */
    @GetMapping("/csrf")
    Csrf csrf(CsrfToken token) {
        return new Csrf(token.getHeaderName(), token.getParameterName(), token.getToken());
    }

    record Invitation(String name, boolean asGuardianOf, String minorName, String decedentName, OnboardingStatus onboardingStatus,
                      List<String> verificationMethods, String oneTimeCodeTo) {
    }

    /** What the invitation page shows before login: whom it is for and how they can verify. */
    @GetMapping("/invitations/{token}")
    Invitation invitation(@PathVariable String token) {
        OnboardingHeir heir = invitations.resolve(token);
        Contact contact = Contact.of(heir);
        String decedent = cases.find(heir.caseId()).map(CaseRepository.EstateCase::decedentName).orElse(null);
        return new Invitation(heir.actingName(), heir.actsThroughGuardian(), heir.actsThroughGuardian() ? heir.name() : null,
                decedent, heir.status(),
                contact == null ? List.of("CERTIFICATE") : List.of("CERTIFICATE", "ONE_TIME_CODE"),
                contact == null ? null : Recipients.mask(contact.address()));
    }

    @PostMapping("/invitations/{token}/one-time-code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    OneTimeCodes.Sent sendCode(@PathVariable String token) {
        return codes.send(token);
    }

    record CodeAnswer(String code) {
    }

    record LoggedIn(UUID heirId, UUID caseId, AssuranceLevel assuranceLevel, boolean maySign) {
    }

    @PostMapping("/invitations/{token}/one-time-code/verification")
    LoggedIn verifyCode(@PathVariable String token, @RequestBody CodeAnswer answer, HttpServletRequest request,
                        HttpServletResponse response) {
        return login(codes.verify(token, answer.code()), request, response);
    }

    @PostMapping("/invitations/{token}/certificate-challenges")
    @ResponseStatus(HttpStatus.CREATED)
    CertificateChallenges.Challenge challenge(@PathVariable String token) {
        return challenges.issue(token);
    }

    /** {@code certificate}: PEM, the heir's certificate first, then any intermediates; {@code signature}: base64 over the nonce. */
    record ChallengeAnswer(String certificate, String signature) {
    }

    @PostMapping("/invitations/{token}/certificate-challenges/{challengeId}")
    LoggedIn answerChallenge(@PathVariable String token, @PathVariable String challengeId, @RequestBody ChallengeAnswer answer,
                             HttpServletRequest request, HttpServletResponse response) {
        return login(challenges.complete(token, uuid(challengeId), answer.certificate(), answer.signature()), request, response);
    }

    private LoggedIn login(PortalPerson person, HttpServletRequest request, HttpServletResponse response) {
        PortalSessions.login(person, request, response);
        OnboardingHeir heir = heirs.find(person.verifiedAsHeirId()).orElseThrow();
        return new LoggedIn(heir.id(), heir.caseId(), person.assurance(), signing.allows(person.assurance()));
    }

    record Me(String name, AssuranceLevel assuranceLevel, boolean maySign, List<PortalCases.MyCase> cases) {
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal PortalPerson person) {
        return new Me(person.name(), person.assurance(), signing.allows(person.assurance()), portalCases.myCases(person));
    }

    @GetMapping("/cases/{caseId}")
    PortalCases.CaseForHeir readCase(@AuthenticationPrincipal PortalPerson person, @PathVariable String caseId) {
        return portalCases.read(person, uuid(caseId));
    }

    /** Who read or passed on this heir's data, and when. */
    @GetMapping("/heirs/{heirId}/data-access")
    List<PortalCases.DataAccess> dataAccess(@AuthenticationPrincipal PortalPerson person, @PathVariable String heirId) {
        return portalCases.dataAccess(person, uuid(heirId));
    }

    record AuthorisationRequest(Boolean consentToDataSharing, Authorisations.ProxyChoice proxy) {
    }

    record HeirState(UUID heirId, OnboardingStatus onboardingStatus, AssuranceLevel assuranceLevel) {
        static HeirState of(OnboardingHeir h) {
            return new HeirState(h.id(), h.status(), h.assurance());
        }
    }

    @PostMapping("/heirs/{heirId}/authorisation")
    HeirState authorise(@AuthenticationPrincipal PortalPerson person, @PathVariable String heirId,
                        @RequestBody AuthorisationRequest body) {
        // The heir's onboarding process may move at the same moment (its reminder timer, say).
        return HeirState.of(ConcurrentChanges.retried(() ->
                authorisations.authorise(person, uuid(heirId), body.consentToDataSharing(), body.proxy())));
    }

    record RenunciationRequest(String courtReference, LocalDate renunciationDate) {
    }

    @PostMapping("/heirs/{heirId}/renunciation")
    HeirState renounce(@AuthenticationPrincipal PortalPerson person, @PathVariable String heirId,
                       @RequestBody RenunciationRequest body) {
        return HeirState.of(ConcurrentChanges.retried(() ->
                authorisations.renounce(person, uuid(heirId), body.courtReference(), body.renunciationDate())));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(HttpServletRequest request) {
        PortalSessions.logout(request);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No " + id + ".");
        }
    }
}
