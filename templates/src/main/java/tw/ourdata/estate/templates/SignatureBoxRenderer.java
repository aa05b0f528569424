package tw.ourdata.estate.templates;

import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;

/**
 * Draws an heir's (empty) signature box like any div, and reports where it landed so that the
 * signature field can be laid exactly over it. Layout decides the page, so the position can only
 * be known at draw time.
 */
final class SignatureBoxRenderer extends DivRenderer {
    private final String fieldName;
    private final SignatureBoxes boxes;

    SignatureBoxRenderer(Div box, String fieldName, SignatureBoxes boxes) {
        super(box);
        this.fieldName = fieldName;
        this.boxes = boxes;
    }

    @Override
    public IRenderer getNextRenderer() {
        // iText asks every renderer for a fresh copy of itself when it relayouts or splits.
        return new SignatureBoxRenderer((Div) modelElement, fieldName, boxes);
    }

    @Override
    public void draw(DrawContext drawContext) {
        super.draw(drawContext);
        boxes.drawn(new SignatureBox(fieldName, getOccupiedArea().getPageNumber(), getBorderAreaBBox().clone()));
    }
}
