package tw.ourdata.estate.documents;

import java.util.List;

import org.springframework.http.HttpStatus;

import tw.ourdata.estate.common.ApiException;

/** Why the verification service did not look at an upload: not a PDF, or not sent as one. */
class VerificationRefused extends ApiException {

    private VerificationRefused(HttpStatus status, String detail) {
        super(status, detail, List.of());
    }

    /** 415: the body is declared as something the service does not take. */
    static VerificationRefused unsupportedMediaType(String contentType) {
        return new VerificationRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the PDF as the body with Content-Type "
                + "application/pdf, or as a multipart/form-data upload in the field 'file' (got "
                + (contentType == null ? "no Content-Type" : contentType) + ").");
    }

    /** 422: the bytes are not a PDF, or one too damaged to read. */
    static VerificationRefused notAPdf(String why) {
        return new VerificationRefused(HttpStatus.UNPROCESSABLE_ENTITY, "The file is not a PDF that can be checked: "
                + why + ".");
    }

    /** 422: a form upload without the file. */
    static VerificationRefused noFile() {
        return new VerificationRefused(HttpStatus.UNPROCESSABLE_ENTITY,
                "The upload has no file: send the PDF in the form field 'file'.");
    }

    static VerificationRefused unreadableUpload() {
        return new VerificationRefused(HttpStatus.BAD_REQUEST, "The multipart/form-data body cannot be read.");
    }
}
