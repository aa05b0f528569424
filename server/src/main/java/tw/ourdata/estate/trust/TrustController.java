package tw.ourdata.estate.trust;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.signing.ca.PlatformCa;

/**
 * What a relying party needs to check a signature made on this platform without trusting the server's
 * own word: the root certificate and the CRLs (RFC 5280). Public. The CRL URLs are the ones the
 * certificates name in their CRL distribution points ({@link PlatformCa#CRL_PATH}, {@link PlatformCa#ROOT_CRL_PATH}).
 */
@RestController
class TrustController {

    static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");
    static final MediaType CRL = MediaType.parseMediaType("application/pkix-crl");

    private final PlatformCa ca;

    TrustController(PlatformCa ca) {
        this.ca = ca;
    }

    @Operation(summary = "The platform root CA certificate (PEM), the trust anchor of every platform signature")
    @SecurityRequirements
    @GetMapping("/api/v1/trust/platform-root.pem")
    ResponseEntity<byte[]> platformRoot() {
        return ResponseEntity.ok().contentType(PEM)
                .header("Content-Disposition", "attachment; filename=\"ourdata-estate-root-ca.pem\"")
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(ca.rootCertificatePem().getBytes(StandardCharsets.US_ASCII));
    }

    /** The issuing CA's CRL over heir, TSA and seal certificates; signed afresh, so a revocation shows at once. */
    @Operation(summary = "The issuing CA's current CRL (DER), named by heir, timestamp and seal certificates")
    @SecurityRequirements
    @GetMapping(PlatformCa.CRL_PATH)
    ResponseEntity<byte[]> issuingCrl() {
        return crl(ca.currentCrl());
    }

    /** The root's CRL over the issuing CA. */
    @Operation(summary = "The root CA's current CRL (DER), over the issuing CA")
    @SecurityRequirements
    @GetMapping(PlatformCa.ROOT_CRL_PATH)
    ResponseEntity<byte[]> rootCrl() {
        return crl(ca.rootCrl());
    }

    private static ResponseEntity<byte[]> crl(byte[] der) {
        return ResponseEntity.ok().contentType(CRL).cacheControl(CacheControl.noCache()).body(der);
    }
}
