package tw.ourdata.estate.heirs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.common.NationalId;

/**
 * {@code POST /api/v1/dev/citizen-certificates {"nationalId", "name"}}: in demo mode, a "citizen
 * certificate" from the demo citizen CA and its private key (PKCS#8 PEM), for a demo heir, the
 * simulator and the tests. Outside demo mode the endpoint does not exist (404).
 */
@RestController
class DevCitizenCertificateController {

    private final Optional<DemoCitizenCa> ca;
    private final Clock clock;

    DevCitizenCertificateController(Optional<DemoCitizenCa> ca, Clock clock) {
        this.ca = ca;
        this.clock = clock;
    }

    record Request(String nationalId, String name) {
    }

    @PostMapping("/api/v1/dev/citizen-certificates")
    @ResponseStatus(HttpStatus.CREATED)
    DemoCitizenCa.Issued issue(@RequestBody Request request) {
        DemoCitizenCa demoCa = ca.orElseThrow(() -> ApiException.notFound("No such endpoint."));
        String problem = NationalId.problem(request.nationalId());
        if (problem != null) {
            throw ApiException.invalid(List.of(new FieldProblem("nationalId", problem)));
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw ApiException.invalid(List.of(new FieldProblem("name", "is required (at most 100 characters)")));
        }
        return demoCa.issue(request.nationalId(), request.name().strip(), clock.instant());
    }
}
