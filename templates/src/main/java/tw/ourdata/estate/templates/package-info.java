/**
 * Renders the estate's documents (partition agreement, tax assessment notice, exemption
 * certificate, tax clearance certificate) as PDF/A-2b from HTML/CSS templates.
 *
 * <p>Entry point: {@link tw.ourdata.estate.templates.EstateDocumentRenderer}. Each document has an
 * immutable model record; money is whole New Taiwan dollars ({@code long}), shares and
 * fractions are strings such as {@code "1/3"} because they are legal text, not arithmetic.
 * Documents read Traditional Chinese first, English second.
 *
 * <p>No Spring here: the server wires this library in.
 */
package tw.ourdata.estate.templates;
