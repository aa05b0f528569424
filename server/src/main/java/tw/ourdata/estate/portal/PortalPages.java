package tw.ourdata.estate.portal;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import tw.ourdata.estate.common.ApiException;

/**
 * The heirs' portal pages (繼承人線上服務): server-side templates in Traditional Chinese first, English by
 * {@code ?lang=en}. The pages hold no personal data themselves; their scripts read it from the portal API
 * ({@code /api/v1/portal/**}) with the session's cookie, so each page shows exactly what that API lets the
 * logged-in heir see, and every change goes through the API with the session's CSRF token.
 *
 * <p>Paths carry case, heir and document ids and the invitation token, never a national ID.
 */
@Controller
class PortalPages {

    private final PortalMessages messages;

    PortalPages(PortalMessages messages) {
        this.messages = messages;
    }

    /** What this is, how to begin (the invitation link), the public estimate and the document check. */
    @GetMapping("/")
    String landing(Model model, Locale locale) {
        return page(model, locale, "landing", "landing");
    }

    /** The invitation link of the message: who it is for, then the one-time code or the certificate challenge. */
    @GetMapping("/portal/invitations/{token}")
    String invitation(@PathVariable String token, Model model, Locale locale) {
        model.addAttribute("token", token);
        return page(model, locale, "invitation", "invitation");
    }

    /** Consent to data use and the proxy, or renunciation with the court's reference, for one heir one acts for. */
    @GetMapping("/portal/cases/{caseId}/authorisation")
    String authorisation(@PathVariable String caseId, @RequestParam String heir, Model model, Locale locale) {
        model.addAttribute("caseId", uuid(caseId));
        model.addAttribute("heirId", uuid(heir));
        return page(model, locale, "authorisation", "authorisation");
    }

    /** Where the case stands: timeline, heirs, inventory, tax, documents, who read my data. */
    @GetMapping("/portal/cases/{caseId}")
    String caseOverview(@PathVariable String caseId, Model model, Locale locale) {
        model.addAttribute("caseId", uuid(caseId));
        return page(model, locale, "case", "case");
    }

    /** The proxy's partition plan: each asset with each heir's fraction; statutory shares by default. */
    @GetMapping("/portal/cases/{caseId}/partition-plan")
    String partitionPlan(@PathVariable String caseId, Model model, Locale locale) {
        model.addAttribute("caseId", uuid(caseId));
        return page(model, locale, "plan", "plan");
    }

    /** Read the agreement, then sign it with a key the browser makes (WebCrypto), or refuse with a reason. */
    @GetMapping("/portal/documents/{documentId}/signing")
    String signing(@PathVariable String documentId, @RequestParam(required = false) String heir, Model model, Locale locale) {
        model.addAttribute("documentId", uuid(documentId));
        model.addAttribute("heirId", heir == null ? null : uuid(heir));
        return page(model, locale, "signing", "signing");
    }

    /** The public estate-tax estimate; {@code ?case=} prefills it from that case for its heirs. */
    @GetMapping("/estimate")
    String estimate(@RequestParam(name = "case", required = false) String caseId, Model model, Locale locale) {
        model.addAttribute("caseId", caseId == null || caseId.isBlank() ? null : uuid(caseId));
        return page(model, locale, "estimate", "estimate");
    }

    private String page(Model model, Locale locale, String name, String script) {
        HttpServletRequest request = currentRequest();
        model.addAttribute("langEn", switchTo(request, "en"));
        model.addAttribute("langZh", switchTo(request, "zh-TW"));
        model.addAttribute("page", name);
        model.addAttribute("script", script);
        model.addAttribute("english", PortalLocales.isEnglish(locale));
        model.addAttribute("htmlLang", PortalLocales.isEnglish(locale) ? "en" : "zh-Hant-TW");
        model.addAttribute("scriptMessages", messages.forScripts(locale));
        return "portal/" + name;
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    /** This page's own address (path and query, no host) with the language switched. */
    private static String switchTo(HttpServletRequest request, String lang) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam("lang", lang).build().toUriString();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No " + id + ".");
        }
    }
}
