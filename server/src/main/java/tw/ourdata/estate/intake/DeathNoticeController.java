package tw.ourdata.estate.intake;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.security.ApiClient;

/** {@code POST /api/v1/death-notices}: the household registration office's way in. */
@RestController
class DeathNoticeController {

    private final IntakeService intake;

    DeathNoticeController(IntakeService intake) {
        this.intake = intake;
    }

    /** 202 with the new case and its Location; 200 with the same case for a repeat. */
    @PostMapping(path = "/api/v1/death-notices", consumes = "application/json")
    ResponseEntity<CaseReference> receive(@RequestBody DeathNoticeRequest notice, @AuthenticationPrincipal ApiClient office) {
        IntakeService.Receipt receipt = intake.receive(notice, office);
        URI location = URI.create("/api/v1/cases/" + receipt.caseId());
        CaseReference body = new CaseReference(receipt.caseId().toString(), receipt.registrationNumber(), location.toString());
        return ResponseEntity.status(receipt.opened() ? HttpStatus.ACCEPTED : HttpStatus.OK).location(location).body(body);
    }

    record CaseReference(String caseId, String registrationNumber, String href) {
    }
}
