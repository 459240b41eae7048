package dk.kl.partnerships.billing.einvoice;

import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The official UBL 2.1 schemas (from the ph-ubl21 jar), with the signature and core-component
 * schemas they import by namespace only resolved from their jars.
 */
final class UblSchema {

    private static final Map<String, String> IMPORTED_BY_NAMESPACE = Map.of(
            "http://www.w3.org/2000/09/xmldsig#", "schemas/xmldsig-core-schema.xsd",
            "http://uri.etsi.org/01903/v1.3.2#", "schemas/XAdES01903v132-201601.xsd",
            "http://uri.etsi.org/01903/v1.4.1#", "schemas/XAdES01903v141-201601.xsd",
            "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2",
                    "schemas/CCTS_CCT_SchemaModule.xsd");

    private UblSchema() {}

    static Schema invoice() {
        return load("external/schemas/ubl21/maindoc/UBL-Invoice-2.1.xsd");
    }

    static Schema creditNote() {
        return load("external/schemas/ubl21/maindoc/UBL-CreditNote-2.1.xsd");
    }

    private static Schema load(String resource) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new ByNamespace(factory.getResourceResolver()));
        URL schema = UblSchema.class.getClassLoader().getResource(resource);
        try {
            return factory.newSchema(schema);
        } catch (SAXException e) {
            throw new IllegalStateException("Could not load " + resource, e);
        }
    }

    private record ByNamespace(LSResourceResolver fallback) implements LSResourceResolver {

        @Override
        public LSInput resolveResource(
                String type, String namespace, String publicId, String systemId, String baseUri) {
            String local = namespace == null ? null : IMPORTED_BY_NAMESPACE.get(namespace);
            if (systemId == null && local != null) {
                URL url = UblSchema.class.getClassLoader().getResource(local);
                return new Input(url.toExternalForm());
            }
            return fallback == null ? null : fallback.resolveResource(type, namespace, publicId, systemId, baseUri);
        }
    }

    private record Input(String systemId) implements LSInput {

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {}

        @Override
        public InputStream getByteStream() {
            return null;
        }

        @Override
        public void setByteStream(InputStream byteStream) {}

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {}

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {}

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String publicId) {}

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {}

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {}
    }

    static StreamSource source(byte[] xml) {
        return new StreamSource(new java.io.ByteArrayInputStream(xml));
    }
}
