package tw.ourdata.estate.templates;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The HTML templates kept as resources next to this class, filled with jmustache.
 *
 * <p>Why jmustache: one small jar with no dependencies and no Spring, logic-less templates (a
 * template cannot call code), HTML escaping of every {@code {{value}}} by default, strict about
 * missing values (a typo fails loudly instead of printing nothing), and compiled templates are
 * thread-safe. Thymeleaf would do too, but brings a parser and expression language we do not need.
 */
final class HtmlTemplates {
    static final String PARTITION_AGREEMENT = "partition-agreement.html";
    static final String TAX_ASSESSMENT_NOTICE = "tax-assessment-notice.html";
    static final String EXEMPTION_CERTIFICATE = "exemption-certificate.html";
    static final String TAX_CLEARANCE_CERTIFICATE = "tax-clearance-certificate.html";
    private static final String STYLESHEET = "estate.css";

    private final Map<String, Template> templates;
    private final String stylesheet;

    private HtmlTemplates(Map<String, Template> templates, String stylesheet) {
        this.templates = templates;
        this.stylesheet = stylesheet;
    }

    static HtmlTemplates load() {
        // {{> name}} includes name.partial.html: the parts every document (or every tax document) shares.
        Mustache.Compiler compiler = Mustache.compiler().withEscaper(Escapers.HTML)
                .withLoader(name -> new java.io.StringReader(read(name + ".partial.html")));
        Map<String, Template> compiled = Map.of(
                PARTITION_AGREEMENT, compiler.compile(read(PARTITION_AGREEMENT)),
                TAX_ASSESSMENT_NOTICE, compiler.compile(read(TAX_ASSESSMENT_NOTICE)),
                EXEMPTION_CERTIFICATE, compiler.compile(read(EXEMPTION_CERTIFICATE)),
                TAX_CLEARANCE_CERTIFICATE, compiler.compile(read(TAX_CLEARANCE_CERTIFICATE)));
        return new HtmlTemplates(compiled, read(STYLESHEET));
    }

    /**
     * Fills a template. The view must hold only strings, booleans, lists and maps prepared by a
     * view class; the shared stylesheet and the document id (for the page footer) are added here.
     */
    String render(String templateName, String documentId, Map<String, Object> view) {
        Template template = templates.get(templateName);
        if (template == null) {
            throw new IllegalArgumentException("no template " + templateName);
        }
        Map<String, Object> context = new HashMap<>(view);
        context.put("stylesheet", stylesheet);
        context.put("documentId", DocumentIds.require(documentId));
        return template.execute(context);
    }

    private static String read(String name) {
        try (InputStream in = HtmlTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("template resource missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }
}
