package tw.ourdata.estate.templates;

import java.util.List;
import java.util.Objects;

/**
 * A rendered PDF/A-2b document.
 *
 * @param pdf                 the PDF bytes
 * @param documentId          the id printed on every page
 * @param warnings            things a person should look at before the document is used, e.g.
 *                            a character the embedded font lacks, shown as a marker like 〔U+2161D〕
 * @param signatureFieldNames names of the empty signature fields, in signing order (empty for
 *                            documents nobody signs)
 */
public record RenderedDocument(byte[] pdf, String documentId, List<String> warnings,
                               List<String> signatureFieldNames) {
    public RenderedDocument {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(documentId, "documentId");
        warnings = List.copyOf(warnings);
        signatureFieldNames = List.copyOf(signatureFieldNames);
    }
}
