package tw.ourdata.estate.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the positions of the signature boxes while one document is drawn. Belongs to a single
 * rendering (and so a single thread).
 */
final class SignatureBoxes {
    private final Map<String, SignatureBox> byFieldName = new LinkedHashMap<>();

    void drawn(SignatureBox box) {
        // The last drawing wins: a box is drawn once per layout pass, and only the final pass lands in the PDF.
        byFieldName.put(box.fieldName(), box);
    }

    List<SignatureBox> all() {
        return new ArrayList<>(byFieldName.values());
    }
}
