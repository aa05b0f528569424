package tw.ourdata.estate.institutions;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The institution protocol, outbound: {@code POST {endpoint}} with the query or the transfer
 * instruction ({@link TransferInstruction}, told apart by its {@code type}). A 2xx means the
 * institution accepted it and will answer on the callback. A 4xx is the institution refusing
 * this query — sending it again would not help. A 5xx or a network failure is worth retrying.
 */
@Component
class InstitutionGateway {

    /** What the institution receives. */
    record QueryMessage(String queryId, Decedent decedent, String dateOfDeath, String callbackUrl) {
        record Decedent(String nationalId, String name, String birthDate) {
        }
    }

    sealed interface Delivery {
        record Accepted(int status) implements Delivery {
        }

        record Refused(int status, String detail) implements Delivery {
        }
    }

    /** The institution could not be reached or failed on its side: retry later. */
    static class InstitutionUnavailableException extends RuntimeException {
        InstitutionUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final RestClient http;

    InstitutionGateway(RestClient.Builder builder) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(20));
        this.http = builder.clone().requestFactory(requests).build();
    }

    /** @param message a {@link QueryMessage} or a {@link TransferInstruction}, posted as JSON */
    Delivery post(URI endpoint, Object message) {
        try {
            return http.post().uri(endpoint).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .body(message)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        if (status.is2xxSuccessful()) {
                            return new Delivery.Accepted(status.value());
                        }
                        String body = new String(response.getBody().readNBytes(500), StandardCharsets.UTF_8);
                        if (status.is4xxClientError()) {
                            return new Delivery.Refused(status.value(), body);
                        }
                        throw new InstitutionUnavailableException(endpoint + " answered " + status.value() + ": " + body, null);
                    });
        } catch (ResourceAccessException e) {
            throw new InstitutionUnavailableException(endpoint + " is unreachable: " + e.getMessage(), e);
        }
    }
}
