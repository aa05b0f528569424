package tw.ourdata.estate.tax;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.common.ApiException;

/** {@code POST /api/v1/cases/{id}/filing-deadline/extension}: an officer grants the one extension. */
@RestController
class FilingDeadlineController {

    private final FilingDeadlines deadlines;

    FilingDeadlineController(FilingDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    record ExtensionRequest(LocalDate requestedOn, LocalDate newDeadline, String reason) {
    }

    record Deadline(LocalDate statutory, LocalDate inForce, LocalDate reminderOn) {
        static Deadline of(FilingDeadline d) {
            return new Deadline(d.statutory(), d.inForce(), d.reminderOn());
        }
    }

    @PostMapping(path = "/api/v1/cases/{id}/filing-deadline/extension", consumes = "application/json")
    Deadline extend(@PathVariable String id, @RequestBody ExtensionRequest request, Authentication officer) {
        UUID caseId;
        try {
            caseId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No case " + id + ".");
        }
        return Deadline.of(deadlines.extend(caseId, request.requestedOn(), request.newDeadline(), request.reason(), officer.getName()));
    }
}
