package tw.ourdata.estate.templates;

import com.itextpdf.kernel.geom.Rectangle;

/**
 * Where an heir's signature box ended up after layout: the page (1-based) and the box's border
 * area in PDF user space. The signature field is placed exactly there.
 */
record SignatureBox(String fieldName, int pageNumber, Rectangle area) {
}
