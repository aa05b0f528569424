package tw.ourdata.estate.templates;

import com.itextpdf.html2pdf.attach.ITagWorker;
import com.itextpdf.html2pdf.attach.ProcessorContext;
import com.itextpdf.html2pdf.attach.impl.DefaultTagWorkerFactory;
import com.itextpdf.html2pdf.attach.impl.tags.DivTagWorker;
import com.itextpdf.layout.IPropertyContainer;
import com.itextpdf.layout.element.Div;
import com.itextpdf.styledxmlparser.node.IElementNode;

/**
 * Lets a template mark a signature box with {@code <div data-signature-field="heir-1">}: such a
 * div gets a {@link SignatureBoxRenderer} that records its position. One factory per rendering.
 */
final class SignatureBoxTagWorkerFactory extends DefaultTagWorkerFactory {
    static final String ATTRIBUTE = "data-signature-field";

    private final SignatureBoxes boxes;

    SignatureBoxTagWorkerFactory(SignatureBoxes boxes) {
        this.boxes = boxes;
    }

    @Override
    public ITagWorker getCustomTagWorker(IElementNode tag, ProcessorContext context) {
        String fieldName = tag.getAttribute(ATTRIBUTE);
        if ("div".equals(tag.name()) && fieldName != null) {
            return new SignatureBoxTagWorker(tag, context, fieldName, boxes);
        }
        return null;
    }

    private static final class SignatureBoxTagWorker extends DivTagWorker {
        private final String fieldName;
        private final SignatureBoxes boxes;
        private boolean rendererAttached;

        SignatureBoxTagWorker(IElementNode element, ProcessorContext context, String fieldName,
                              SignatureBoxes boxes) {
            super(element, context);
            this.fieldName = fieldName;
            this.boxes = boxes;
        }

        @Override
        public IPropertyContainer getElementResult() {
            IPropertyContainer result = super.getElementResult();
            if (!rendererAttached && result instanceof Div box) {
                box.setNextRenderer(new SignatureBoxRenderer(box, fieldName, boxes));
                rendererAttached = true;
            }
            return result;
        }
    }
}
