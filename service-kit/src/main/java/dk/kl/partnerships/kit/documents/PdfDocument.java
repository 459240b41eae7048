package dk.kl.partnerships.kit.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * An A4 document in Danish, written as XHTML with the platform's page style and printed to PDF by
 * openhtmltopdf (a service that prints documents declares that dependency). Text is added escaped;
 * markup only through the methods that write it.
 */
public final class PdfDocument {

    private static final String STYLE = "@page { size: A4; margin: 20mm; }"
            + "body { font-family: Helvetica, sans-serif; font-size: 10pt; color: #1a1a1a; }"
            + "h1 { font-size: 18pt; margin: 0 0 8mm 0; }"
            + "h2 { font-size: 12pt; margin: 6mm 0 2mm 0; }"
            + "table { border-collapse: collapse; width: 100%; }"
            + "td, th { padding: 1.5mm 2mm; vertical-align: top; text-align: left; }"
            + "table.lines th { border-bottom: 1px solid #1a1a1a; }"
            + "table.lines td { border-bottom: 1px solid #cccccc; }"
            + ".amount { text-align: right; }"
            + "table.facts { width: auto; margin: 4mm 0; }";

    /**
     * The XHTML is parsed here, by a parser made once per thread: handed the markup as text, the renderer
     * looks up a new XML parser factory (a search of the class path) and a transformer for every document,
     * which cost about a quarter of printing one. Nothing external is ever read: no DTD, no entity.
     */
    private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(PdfDocument::parser);

    private final StringBuilder html = new StringBuilder();

    private PdfDocument(String title, String style) {
        html.append("<!DOCTYPE html><html lang='da'><head><meta charset='UTF-8'/><title>")
                .append(escape(title))
                .append("</title><style>")
                .append(STYLE)
                .append(style)
                .append("</style></head><body><h1>")
                .append(escape(title))
                .append("</h1>");
    }

    /** A document whose first heading is its title. */
    public static PdfDocument titled(String title) {
        return new PdfDocument(title, "");
    }

    /** A document whose first heading is its title, with more style rules after the platform's. */
    public static PdfDocument titled(String title, String style) {
        return new PdfDocument(title, style);
    }

    /** Markup as it is: only for markup the caller wrote, never for data (see {@link #text}). */
    public PdfDocument markup(String markup) {
        html.append(markup);
        return this;
    }

    /** Text, escaped. */
    public PdfDocument text(String text) {
        html.append(escape(text));
        return this;
    }

    /** A paragraph of text. */
    public PdfDocument paragraph(String text) {
        return markup("<p>").text(text).markup("</p>");
    }

    /** A label and its value as a row of a {@code table.facts}; nothing when the value is absent. */
    public PdfDocument fact(String label, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        return markup("<tr><th>").text(label).markup("</th><td>").text(value).markup("</td></tr>");
    }

    /** The document, printed. */
    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(parse(html + "</body></html>"), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
        return out.toByteArray();
    }

    private static Document parse(String xhtml) throws IOException {
        DocumentBuilder parser = PARSERS.get();
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalStateException("The document's markup is not well-formed XHTML", e);
        } finally {
            parser.reset();
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser for the documents", e);
        }
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
