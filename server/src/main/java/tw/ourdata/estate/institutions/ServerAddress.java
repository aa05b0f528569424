package tw.ourdata.estate.institutions;

import java.net.URI;
import java.util.UUID;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import tw.ourdata.estate.common.DeploymentMode;

/**
 * Where institutions reach this server, and where this server reaches them.
 *
 * <p>Callbacks go to {@code ourdata.public-base-url}. Its default,
 * {@code http://localhost:${server.port}}, has no usable port when the server listens on a random
 * one ({@code server.port=0}, as in tests); then the port the server actually got is used.
 *
 * <p>An institution endpoint that is a path ({@code /simulator/institutions/LAND/queries}) means
 * this very server — the bundled simulator — and is resolved against {@code http://localhost:<the
 * actual port>} at the moment of sending. Outside demo mode a relative endpoint is a configuration
 * error: sending fails, is retried, and ends as an incident an operator sees in Cockpit.
 */
@Component
public class ServerAddress {

    private final Environment env;
    private final DeploymentMode mode;
    private volatile int localPort;

    ServerAddress(Environment env, DeploymentMode mode) {
        this.env = env;
        this.mode = mode;
    }

    @EventListener
    void listening(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
        }
    }

    /** The base URL of this server for institutions, without a trailing slash. */
    public String publicBaseUrl() {
        String configured = env.getProperty("ourdata.public-base-url");
        if (StringUtils.hasText(configured)) {
            URI uri = URI.create(configured.strip());
            if (uri.getPort() != 0) {
                return stripSlash(configured.strip());
            }
        }
        return local();
    }

    public String callbackUrl(UUID queryId) {
        return publicBaseUrl() + "/api/v1/asset-queries/" + queryId + "/answer";
    }

    /** Where the institution confirms a transfer instruction. */
    public String transferCallbackUrl(UUID transferId) {
        return publicBaseUrl() + "/api/v1/transfers/" + transferId + "/confirmation";
    }

    /** Where the institution downloads a document its transfer instruction names. */
    public String transferDocumentUrl(UUID transferId, UUID documentId) {
        return publicBaseUrl() + "/api/v1/transfers/" + transferId + "/documents/" + documentId;
    }

    /** The URL to post an institution's queries and transfer instructions to. */
    public URI endpoint(Institution institution) {
        String endpoint = institution.endpoint().strip();
        if (endpoint.startsWith("/")) {
            if (!mode.demo()) {
                throw new IllegalStateException("Institution " + institution.code() + " has only the simulator endpoint " + endpoint
                        + ", which is served in demo mode only: set its real endpoint in the table institution.");
            }
            return URI.create(local() + endpoint);
        }
        return URI.create(endpoint);
    }

    /** This server as seen from itself: {@code http://localhost:<the actual port>}, for its bundled simulators. */
    public String localBaseUrl() {
        return local();
    }

    private String local() {
        if (localPort <= 0) {
            throw new IllegalStateException("The server is not listening yet; its own address is unknown.");
        }
        return "http://localhost:" + localPort;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
