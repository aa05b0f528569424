package tw.ourdata.estate.heirs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tw.ourdata.estate.support.Http;

/** A browser-like portal client: keeps its cookies, fetches the CSRF token and sends it on every POST. */
public final class Portal {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).build();
    private String csrfHeader;
    private String csrfToken;

    public Portal(int port) {
        this.base = "http://localhost:" + port;
    }

    public Http.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A POST as the portal page sends it: with the session's CSRF token. */
    public Http.Response post(String path, String json) {
        return withCsrfToken("POST", path, json);
    }

    public Http.Response put(String path, String json) {
        return withCsrfToken("PUT", path, json);
    }

    private Http.Response withCsrfToken(String method, String path, String json) {
        if (csrfToken == null) {
            Http.Response csrf = get("/api/v1/portal/csrf");
            csrfHeader = csrf.json().get("headerName").asText();
            csrfToken = csrf.json().get("token").asText();
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header(csrfHeader, csrfToken)
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** A POST without the CSRF token, as a forged cross-site request would arrive (with the cookie). */
    public Http.Response postWithoutCsrfToken(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** A GET whose body is bytes (a PDF), with the status and content type. */
    public Binary getBytes(String path) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Binary(int status, String contentType, byte[] body) {
    }

    private Http.Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
