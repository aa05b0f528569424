package tw.ourdata.estate.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.templates.EstateDocumentRenderer;

/**
 * {@code POST /api/v1/documents/verify} and the {@code /verify} page, as anyone holding a document uses them:
 * without logging in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationApiTest {

    static final String VERIFY = "/api/v1/documents/verify";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;
    @Autowired
    DocumentIssuer issuer;
    @Autowired
    DocumentStore store;
    @Autowired
    EstateDocumentRenderer renderer;

    Http http;
    byte[] sealed;
    byte[] unsigned;

    @BeforeAll
    void documents() {
        http = new Http(port);
        UUID caseId = SampleDocuments.newCase(http);
        StoredDocument doc = issuer.issueExemptionCertificate(caseId, SampleDocuments.exemptionCertificate()).document();
        sealed = store.latest(doc.id()).orElseThrow().bytes();
        unsigned = renderer.renderExemptionCertificate(SampleDocuments.exemptionCertificate()).pdf();
    }

    @Test
    void aPlatformSealedDocumentIsValidWithTheSealListed() {
        Http.Response r = post(sealed, "application/pdf");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("verdict").asText()).isEqualTo("VALID");
        JsonNode seal = report.get("signatures").get(0);
        assertThat(seal.get("fieldName").asText()).isEqualTo("platform-seal");
        assertThat(seal.get("signerName").asText()).isEqualTo("OurData Estate Platform Seal");
        assertThat(seal.get("chainStatus").asText()).isEqualTo("VALID");
        assertThat(seal.get("intact").asBoolean()).isTrue();
        assertThat(seal.get("revision").asInt()).isBetween(1, seal.get("totalRevisions").asInt());
        assertThat(seal.get("timestampTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(seal.get("changesAfter")).isEmpty();
        assertThat(report.get("documentTimestamps")).isNotEmpty();
        assertThat(report.get("problems")).isEmpty();
    }

    @Test
    void aTamperedCopyIsInvalidWithTheReason() {
        byte[] tampered = flipByteInFirstStream(sealed);
        Http.Response r = post(tampered, "application/pdf");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("verdict").asText()).isEqualTo("INVALID");
        assertThat(report.get("signatures").get(0).get("intact").asBoolean()).isFalse();
        assertThat(report.get("signatures").get(0).get("verdict").asText()).isEqualTo("INVALID");
        assertThat(report.get("problems").toString())
                .contains("platform-seal: the signature does not verify over the bytes it covers");
    }

    @Test
    void anUnsignedPdfIsNotSigned() {
        Http.Response r = post(unsigned, "application/pdf");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("verdict").asText()).isEqualTo("NOT_SIGNED");
        assertThat(r.json().get("signatures")).isEmpty();
    }

    @Test
    void aTextFileOrAnImageIsRefusedWithAMessageNotA500() {
        Http.Response text = post("這不是 PDF".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().get("detail").asText()).contains("application/pdf");

        Http.Response png = post(PNG, "application/pdf");
        assertThat(png.status()).isEqualTo(422);
        assertThat(png.json().get("detail").asText()).contains("not a PDF");

        Http.Response pngUpload = multipart(PNG, "photo.png", "image/png");
        assertThat(pngUpload.status()).isEqualTo(422);
        assertThat(pngUpload.json().get("detail").asText()).contains("not a PDF");

        byte[] damaged = Arrays.copyOf(sealed, 2000); // a header and then nothing readable
        Http.Response broken = post(damaged, "application/pdf");
        assertThat(broken.status()).as(broken.body()).isEqualTo(422);
    }

    @Test
    void aFormUploadWorksLikeTheRawBody() {
        Http.Response r = multipart(sealed, "免稅證明書.pdf", "application/pdf");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("verdict").asText()).isEqualTo("VALID");

        Http.Response noFile = multipartField("other", sealed);
        assertThat(noFile.status()).isEqualTo(422);
        assertThat(noFile.json().get("detail").asText()).contains("file");
    }

    @Test
    void over50MiBIs413WhetherTheLengthIsDeclaredOrTheBodyStreamed() {
        byte[] huge = new byte[51 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 9);

        assertThat(post(huge, "application/pdf").status()).isEqualTo(413);

        HttpRequest chunked = HttpRequest.newBuilder(URI.create(http.base() + VERIFY))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build();
        assertThat(http.send(chunked).status()).isEqualTo(413);

        HttpRequest chunkedUpload = HttpRequest.newBuilder(URI.create(http.base() + VERIFY))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(multipartBody("file", "huge.pdf", "application/pdf", huge))))
                .build();
        assertThat(http.send(chunkedUpload).status()).isEqualTo(413);
    }

    @Test
    void theVerifyPageIsPublicZhHantFirstWithALabelledFileInputAndNothingFromElsewhere() {
        Http.Response page = http.get("/verify", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"zh-Hant\">");
        assertThat(page.body()).contains("<label for=\"file\">").contains("id=\"file\"").contains("type=\"file\"");
        assertThat(page.body()).contains("驗證").contains("Verify");
        assertThat(page.body()).as("no CDN, no remote font").doesNotContain("http://", "https://", "//cdn");

        Http.Response script = http.get("/verify/verify.js", null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).contains("javascript");
        assertThat(script.body()).contains("FormData");
        assertThat(http.get("/verify/verify.css", null).status()).isEqualTo(200);
        assertThat(http.get("/verify/", null).status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionSaysHowToSendTheFile() {
        JsonNode verify = http.get("/v3/api-docs", null).json().get("paths").get(VERIFY).get("post");
        assertThat(verify.get("requestBody").get("content").has("application/pdf")).isTrue();
        assertThat(verify.get("requestBody").get("content").has("multipart/form-data")).isTrue();
        assertThat(verify.get("responses").has("413")).isTrue();
        assertThat(verify.get("security")).as("public").isEmpty();
    }

    private Http.Response post(byte[] body, String contentType) {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + VERIFY)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static final String BOUNDARY = "----ourdata-test-boundary";

    private Http.Response multipart(byte[] file, String filename, String type) {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + VERIFY))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody("file", filename, type, file))).build());
    }

    private Http.Response multipartField(String field, byte[] file) {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + VERIFY))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(field, "x.pdf", "application/pdf", file)))
                .build());
    }

    static byte[] multipartBody(String field, String filename, String type, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 512);
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Flips one byte in the middle of the first stream's data: inside what the seal covers, no update appended. */
    static byte[] flipByteInFirstStream(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int start = s.indexOf("stream\n") + "stream\n".length();
        int end = s.indexOf("endstream", start);
        byte[] copy = pdf.clone();
        copy[start + (end - start) / 2] ^= 0x01;
        return copy;
    }
}
