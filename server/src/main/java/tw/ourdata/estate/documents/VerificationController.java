package tw.ourdata.estate.documents;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.RateLimiter;
import tw.ourdata.estate.common.RequestBodyLimitFilter;
import tw.ourdata.estate.signing.NotAPdfException;
import tw.ourdata.estate.signing.verify.SignatureVerifier;
import tw.ourdata.estate.signing.verify.VerificationReport;

/**
 * {@code POST /api/v1/documents/verify}: anyone holding a PDF from this platform (a sealed certificate, the signed
 * partition agreement) can check it — every signature, what it covers, whose it is, and whether anything changed
 * after it. Public, so rate-limited per address; it stores nothing.
 *
 * <p>The PDF comes as the raw body ({@code application/pdf}) or as a form upload in the field {@code file} (the
 * {@code /verify} page). Bodies over {@code ourdata.documents.verify-max-bytes} (50 MiB) are refused with 413.
 */
@RestController
class VerificationController {

    static final String PATH = "/api/v1/documents/verify";
    static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(VerificationController.class);

    private final SignatureVerifier verifier;
    private final RateLimiter rateLimiter;
    private final long maxBytes;

    VerificationController(SignatureVerifier verifier, Environment env) {
        this.verifier = verifier;
        this.rateLimiter = new RateLimiter(env.getProperty("ourdata.documents.verify-requests-per-minute", Long.class, 30L));
        this.maxBytes = maxBytes(env);
    }

    static long maxBytes(Environment env) {
        return env.getProperty("ourdata.documents.verify-max-bytes", Long.class, DEFAULT_MAX_BYTES);
    }

    @SecurityRequirements // public: no credentials
    @Operation(summary = "Verify the signatures of a PDF (public, rate-limited)",
            description = "Checks every signature and document timestamp: the CMS over the bytes it covers, the chain "
                    + "against the platform root and the configured trust anchors at the timestamp's time, which revision "
                    + "it covers, and what changed after it. National IDs appear masked only. The PDF is the body "
                    + "(application/pdf) or the form field 'file' (multipart/form-data). Nothing is stored.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class))})
    @ApiResponse(responseCode = "200", description = "The report; verdict VALID, INVALID, INDETERMINATE or NOT_SIGNED",
            content = @Content(schema = @Schema(implementation = VerificationReport.class)))
    @ApiResponse(responseCode = "413", description = "Larger than 50 MiB", content = @Content)
    @ApiResponse(responseCode = "415", description = "Neither application/pdf nor multipart/form-data", content = @Content)
    @ApiResponse(responseCode = "422", description = "Not a readable PDF, or no file in the form", content = @Content)
    @ApiResponse(responseCode = "429", description = "Too many verifications from this address", content = @Content)
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    VerificationReport verify(HttpServletRequest request) throws IOException {
        rateLimiter.acquire(request.getRemoteAddr());
        byte[] pdf = body(request);
        try {
            return verifier.verify(pdf);
        } catch (NotAPdfException e) {
            throw VerificationRefused.notAPdf(e.getMessage());
        } catch (RuntimeException e) {
            // A file built to trip the PDF parser is the sender's problem, not a server error; the stack trace is
            // kept for us (no personal data in it: the report is never logged).
            log.warn("verification failed on a {}-byte upload", pdf.length, e);
            throw VerificationRefused.notAPdf("its structure cannot be analysed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The form the /verify page sends, for the OpenAPI description. */
    record Upload(@Schema(type = "string", format = "binary", description = "the PDF") String file) {
    }

    private byte[] body(HttpServletRequest request) throws IOException {
        MediaType type;
        try {
            type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            throw VerificationRefused.unsupportedMediaType(request.getContentType());
        }
        if (type != null && MediaType.MULTIPART_FORM_DATA.includes(type)) {
            return upload(request);
        }
        if (type != null && (MediaType.APPLICATION_PDF.includes(type) || MediaType.APPLICATION_OCTET_STREAM.includes(type))) {
            return raw(request);
        }
        throw VerificationRefused.unsupportedMediaType(request.getContentType());
    }

    private byte[] raw(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge();
            }
            return bytes;
        } catch (RequestBodyLimitFilter.BodyTooLargeException e) {
            throw tooLarge();
        }
    }

    private byte[] upload(HttpServletRequest request) throws IOException {
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            throw VerificationRefused.unreadableUpload();
        }
        MultipartFile file;
        try {
            file = multipart.getFile("file");
        } catch (MaxUploadSizeExceededException e) {
            throw tooLarge();
        } catch (MultipartException e) {
            throw VerificationRefused.unreadableUpload();
        }
        if (file == null || file.isEmpty()) {
            throw VerificationRefused.noFile();
        }
        if (file.getSize() > maxBytes) {
            throw tooLarge();
        }
        return file.getBytes();
    }

    private ApiException tooLarge() {
        return ApiException.tooLarge("The file is larger than " + maxBytes / (1024 * 1024) + " MiB.");
    }
}
