package tw.ourdata.estate.signing.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;

/**
 * What a reader of one revision sees, reduced to fingerprints: each page (content, resources, geometry),
 * each annotation that is not a signature widget, the form fields that are not signature fields, and the
 * document catalog. Signature dictionaries, signature widgets, the DSS, metadata and the AcroForm's own
 * flags are left out on purpose: those are what signing, LTV and document timestamps legitimately add
 * (ETSI EN 319 142-1 section 5.4; ISO 32000-2 12.8.2.2 "permitted changes"). The structure tree is left
 * out too: iText tags a signature widget in a tagged document, and tags do not change what is shown.
 */
final class RevisionSnapshot {
    private static final Set<PdfName> BACK_REFERENCES = Set.of(PdfName.Parent, PdfName.P);
    private static final Set<PdfName> CATALOG_SIGNING_KEYS = Set.of(PdfName.AcroForm, PdfName.DSS, PdfName.Pages,
            PdfName.Metadata, PdfName.Extensions, PdfName.StructTreeRoot);

    final List<String> pages = new ArrayList<>();
    final List<Map<String, String>> annotations = new ArrayList<>();
    final Map<String, String> signedSignatureWidgets = new LinkedHashMap<>();
    final Set<String> visibleSignatureFields = new TreeSet<>();
    final Map<String, String> formFields = new LinkedHashMap<>();
    String catalog;

    static RevisionSnapshot of(PdfDocument doc) {
        RevisionSnapshot s = new RevisionSnapshot();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PdfDictionary page = doc.getPage(p).getPdfObject();
            s.pages.add(fingerprint(page, Set.of(PdfName.Annots, PdfName.Parent)));
            Map<String, String> pageAnnots = new LinkedHashMap<>();
            PdfArray annots = page.getAsArray(PdfName.Annots);
            for (int i = 0; annots != null && i < annots.size(); i++) {
                PdfDictionary annot = annots.getAsDictionary(i);
                if (annot == null) {
                    continue;
                }
                String sigField = signatureFieldName(annot);
                if (sigField != null) {
                    if (hasArea(annot)) {
                        s.visibleSignatureFields.add(sigField);
                    }
                    if (fieldDictionary(annot).get(PdfName.V) != null) {
                        s.signedSignatureWidgets.put(sigField, fingerprint(annot, BACK_REFERENCES));
                    }
                    continue;
                }
                pageAnnots.put(annotationKey(annot, i), fingerprint(annot, BACK_REFERENCES));
            }
            s.annotations.add(pageAnnots);
        }
        PdfDictionary acroForm = doc.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm);
        PdfArray fields = acroForm == null ? null : acroForm.getAsArray(PdfName.Fields);
        for (int i = 0; fields != null && i < fields.size(); i++) {
            PdfDictionary field = fields.getAsDictionary(i);
            if (field != null && !PdfName.Sig.equals(field.getAsName(PdfName.FT))) {
                s.formFields.put(name(field, i), fingerprint(field, Set.of(PdfName.Parent, PdfName.P, PdfName.Kids)));
            }
        }
        s.catalog = fingerprint(doc.getCatalog().getPdfObject(), CATALOG_SIGNING_KEYS);
        return s;
    }

    /** Changes from {@code before} to this revision that are not signing, LTV or timestamping. */
    List<String> changesSince(RevisionSnapshot before) {
        List<String> changes = new ArrayList<>();
        if (pages.size() != before.pages.size()) {
            changes.add("page count changed from " + before.pages.size() + " to " + pages.size());
        }
        for (int p = 0; p < Math.min(pages.size(), before.pages.size()); p++) {
            if (!pages.get(p).equals(before.pages.get(p))) {
                changes.add("page " + (p + 1) + " content or resources changed");
            }
            Map<String, String> now = annotations.get(p);
            Map<String, String> was = before.annotations.get(p);
            for (String key : now.keySet()) {
                if (!was.containsKey(key)) {
                    changes.add("annotation added on page " + (p + 1));
                } else if (!was.get(key).equals(now.get(key))) {
                    changes.add("annotation changed on page " + (p + 1));
                }
            }
            for (String key : was.keySet()) {
                if (!now.containsKey(key)) {
                    changes.add("annotation removed from page " + (p + 1));
                }
            }
        }
        before.signedSignatureWidgets.forEach((field, fp) -> {
            if (!fp.equals(signedSignatureWidgets.get(field))) {
                changes.add("signed field " + field + " was altered");
            }
        });
        for (String field : visibleSignatureFields) {
            if (!before.visibleSignatureFields.contains(field)) {
                changes.add("visible signature field " + field + " added");
            }
        }
        if (!formFields.equals(before.formFields)) {
            changes.add("form fields other than signatures changed");
        }
        if (!catalog.equals(before.catalog)) {
            changes.add("document catalog changed (e.g. actions, names or outlines)");
        }
        return changes;
    }

    private static String signatureFieldName(PdfDictionary annot) {
        PdfDictionary field = fieldDictionary(annot);
        if (!PdfName.Widget.equals(annot.getAsName(PdfName.Subtype))
                || !PdfName.Sig.equals(field.getAsName(PdfName.FT))) {
            return null;
        }
        return field.getAsString(PdfName.T) == null ? "?" : field.getAsString(PdfName.T).toUnicodeString();
    }

    private static PdfDictionary fieldDictionary(PdfDictionary annot) {
        if (annot.get(PdfName.FT) == null && annot.getAsDictionary(PdfName.Parent) != null) {
            return annot.getAsDictionary(PdfName.Parent);
        }
        return annot;
    }

    private static boolean hasArea(PdfDictionary annot) {
        PdfArray r = annot.getAsArray(PdfName.Rect);
        return r != null && r.toRectangle().getWidth() > 0.5 && r.toRectangle().getHeight() > 0.5;
    }

    private static String annotationKey(PdfDictionary annot, int index) {
        PdfIndirectReference ref = annot.getIndirectReference();
        return ref != null ? ref.getObjNumber() + " " + ref.getGenNumber() : "direct#" + index;
    }

    private static String name(PdfDictionary field, int index) {
        return field.getAsString(PdfName.T) == null ? "#" + index : field.getAsString(PdfName.T).toUnicodeString();
    }

    /** SHA-256 over a canonical serialisation, following references, decoding streams, breaking cycles. */
    static String fingerprint(PdfObject object, Set<PdfName> topLevelExclusions) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            feed(object, md, new HashSet<>(), topLevelExclusions, 0);
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void feed(PdfObject object, MessageDigest md, Set<String> visited, Set<PdfName> exclusions,
            int depth) {
        if (object == null) {
            put(md, "null");
            return;
        }
        if (depth > 64) {
            put(md, "deep");
            return;
        }
        if (object.isIndirectReference()) {
            PdfIndirectReference ref = (PdfIndirectReference) object;
            if (!visited.add(ref.getObjNumber() + "R")) {
                put(md, "ref:" + ref.getObjNumber());
                return;
            }
            feed(ref.getRefersTo(), md, visited, exclusions, depth + 1);
            return;
        }
        if (depth == 0 && object.getIndirectReference() != null) {
            visited.add(object.getIndirectReference().getObjNumber() + "R");
        }
        if (object.isDictionary() || object.isStream()) {
            PdfDictionary dict = (PdfDictionary) object;
            put(md, object.isStream() ? "<<stream" : "<<");
            for (PdfName key : new TreeSet<>(dict.keySet())) {
                if (exclusions.contains(key) || (depth > 0 && BACK_REFERENCES.contains(key))) {
                    continue;
                }
                if (object.isStream() && (key.equals(PdfName.Length) || key.equals(PdfName.Filter)
                        || key.equals(PdfName.DecodeParms))) {
                    continue; // the decoded bytes are what matters, not how they were compressed
                }
                put(md, key.toString());
                feed(dict.get(key, false), md, visited, Set.of(), depth + 1);
            }
            if (object.isStream()) {
                byte[] bytes;
                try {
                    bytes = ((PdfStream) object).getBytes(true);
                } catch (RuntimeException e) {
                    bytes = ((PdfStream) object).getBytes(false);
                }
                md.update(bytes);
            }
            put(md, ">>");
            return;
        }
        if (object.isArray()) {
            PdfArray array = (PdfArray) object;
            put(md, "[");
            for (int i = 0; i < array.size(); i++) {
                feed(array.get(i, false), md, visited, Set.of(), depth + 1);
            }
            put(md, "]");
            return;
        }
        put(md, object.getClass().getSimpleName() + ":" + object);
    }

    private static void put(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }
}
