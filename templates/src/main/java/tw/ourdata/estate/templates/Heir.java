package tw.ourdata.estate.templates;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An heir (繼承人) who is a party to the partition agreement and signs it.
 *
 * @param name               full name
 * @param relation           relation to the decedent, e.g. "配偶 Spouse", "子 Son"
 * @param statutoryShare     statutory share (應繼分) under the Civil Code, e.g. "1/3"
 * @param agreedShare        share agreed in this partition, e.g. "1/2"
 * @param guardianName       the minor heir's legal guardian (法定代理人) who signs for them;
 *                           {@code null} for an heir who signs personally
 * @param signatureFieldName name of this heir's empty signature form field in the PDF,
 *                           e.g. "heir-1"; the signing module signs into the field of that name
 */
public record Heir(String name, String relation, String statutoryShare, String agreedShare,
                   String guardianName, String signatureFieldName) {

    // A dot would make the name a field hierarchy in AcroForm terms; keep names flat and plain.
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public Heir {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(statutoryShare, "statutoryShare");
        Objects.requireNonNull(agreedShare, "agreedShare");
        if (signatureFieldName == null || !FIELD_NAME.matcher(signatureFieldName).matches()) {
            throw new IllegalArgumentException(
                    "signatureFieldName must be 1-64 characters of A-Z a-z 0-9 _ - but was: " + signatureFieldName);
        }
    }

    /** An heir of age, who signs personally. */
    public static Heir ofAge(String name, String relation, String statutoryShare, String agreedShare,
                             String signatureFieldName) {
        return new Heir(name, relation, statutoryShare, agreedShare, null, signatureFieldName);
    }

    /** The guardian who signs for a minor heir, if any. */
    public Optional<String> guardian() {
        return Optional.ofNullable(guardianName);
    }
}
