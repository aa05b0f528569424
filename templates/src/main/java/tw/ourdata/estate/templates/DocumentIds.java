package tw.ourdata.estate.templates;

import java.util.regex.Pattern;

/**
 * Rule for document ids. The id is printed in every page footer through CSS, so it is
 * restricted to characters that need no escaping there; ids are machine-made anyway.
 */
final class DocumentIds {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:/-]{1,80}");

    private DocumentIds() {
    }

    static String require(String documentId) {
        if (documentId == null || !ALLOWED.matcher(documentId).matches()) {
            throw new IllegalArgumentException(
                    "documentId must be 1-80 characters of A-Z a-z 0-9 . _ : / - but was: " + documentId);
        }
        return documentId;
    }
}
