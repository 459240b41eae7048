package dk.kl.partnerships.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.PaymentAccount;
import dk.kl.partnerships.billing.invoice.Seller;
import dk.kl.partnerships.billing.numbering.InvoiceNumber;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.Schema;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class PeppolBisBilling3Tests {

    private static final Seller SELLER = new Seller(
            "KL - Kommunernes Landsforening",
            "55133018",
            "Weidekampsgade 10",
            "2300",
            "København S",
            "DK",
            "5798000000001",
            "faktura@kl.dk",
            new PaymentAccount(PaymentAccount.SEPA_CREDIT_TRANSFER, "DK5000400440116243", "DABADKKK", null, null));
    private static final Buyer BUYER = new Buyer(
            "Vejle Kommune",
            "5798000012349",
            "29189900",
            "BUV-4711",
            new Buyer.Address("Skolegade 1", "7100", "Vejle", "DK"),
            null,
            null);

    private final PeppolBisBilling3 format = new PeppolBisBilling3();

    @Test
    void anInvoiceIsValidUbl21WithThePeppolAndDanishEssentials() throws Exception {
        Invoice invoice = invoice(BUYER);
        byte[] xml = format.invoice(invoice);

        validate(UblSchema.invoice(), xml);
        Xml doc = new Xml(xml);
        assertThat(doc.text("/inv:Invoice/cbc:CustomizationID")).isEqualTo(PeppolBisBilling3.CUSTOMIZATION);
        assertThat(doc.text("/inv:Invoice/cbc:ProfileID")).isEqualTo(PeppolBisBilling3.PROFILE);
        assertThat(doc.text("/inv:Invoice/cbc:ID")).isEqualTo("2026-000007");
        assertThat(doc.text("/inv:Invoice/cbc:InvoiceTypeCode")).isEqualTo("380");
        assertThat(doc.text("/inv:Invoice/cbc:BuyerReference")).isEqualTo("BUV-4711");
        String customer = "/inv:Invoice/cac:AccountingCustomerParty/cac:Party";
        assertThat(doc.text(customer + "/cbc:EndpointID")).isEqualTo("5798000012349");
        assertThat(doc.text(customer + "/cbc:EndpointID/@schemeID")).isEqualTo("0088");
        assertThat(doc.text(customer + "/cac:PartyLegalEntity/cbc:CompanyID")).isEqualTo("29189900");
        assertThat(doc.text(customer + "/cac:PartyLegalEntity/cbc:CompanyID/@schemeID"))
                .isEqualTo("0184");
        assertThat(doc.text("/inv:Invoice/cac:AccountingSupplierParty/cac:Party/cbc:EndpointID/@schemeID"))
                .isEqualTo("0088");
        assertThat(doc.text("/inv:Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID"))
                .isEqualTo("DK55133018");
        assertThat(doc.text("/inv:Invoice/cac:PaymentTerms/cbc:Note")).contains("Netto 30 dage");
        assertThat(doc.text("/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"))
                .isEqualTo("DK5000400440116243");
        assertThat(doc.text("/inv:Invoice/cac:TaxTotal/cbc:TaxAmount")).isEqualTo("13762.50");
        assertThat(doc.text("/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent"))
                .isEqualTo("25");
        assertThat(doc.text("/inv:Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount"))
                .isEqualTo("55050.00");
        assertThat(doc.text("/inv:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount"))
                .isEqualTo("68812.50");
        assertThat(doc.count("/inv:Invoice/cac:InvoiceLine")).isEqualTo(2);
        assertThat(doc.text("/inv:Invoice/cac:InvoiceLine[2]/cbc:InvoicedQuantity"))
                .isEqualTo("2.00");
    }

    @Test
    void aCreditNoteIsValidUbl21ReferencesTheInvoiceAndIsNeverNegative() throws Exception {
        Invoice invoice = invoice(BUYER);
        CreditNote note = CreditNote.crediting(
                invoice, "Udtrådt før start", new Cause("MunicipalityWithdrew", "e-2"), LocalDate.of(2026, 12, 1));
        note.assignNumber(new InvoiceNumber(2026, 3));
        byte[] xml = format.creditNote(note);

        validate(UblSchema.creditNote(), xml);
        Xml doc = new Xml(xml);
        assertThat(doc.text("/cn:CreditNote/cbc:CreditNoteTypeCode")).isEqualTo("381");
        assertThat(doc.text("/cn:CreditNote/cbc:ID")).isEqualTo("K2026-000003");
        assertThat(doc.text("/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"))
                .isEqualTo("2026-000007");
        assertThat(doc.text("/cn:CreditNote/cbc:BuyerReference")).isEqualTo("BUV-4711");
        assertThat(new BigDecimal(doc.text("/cn:CreditNote/cac:LegalMonetaryTotal/cbc:PayableAmount")))
                .isPositive();
        assertThat(doc.count("/cn:CreditNote/cac:CreditNoteLine")).isEqualTo(2);
    }

    @Test
    void aDocumentWithoutABuyerReferenceIsNeverWritten() {
        Buyer withoutReference = new Buyer(BUYER.name(), BUYER.ean(), BUYER.cvr(), " ", BUYER.address(), null, null);

        assertThatThrownBy(() -> format.invoice(invoice(withoutReference))).hasMessageContaining("buyer reference");
    }

    @Test
    void theSchemaCatchesWhatItShould() {
        byte[] broken = new String(format.invoice(invoice(BUYER)))
                .replace("<cbc:IssueDate>", "<cbc:IssueDay>")
                .replace("</cbc:IssueDate>", "</cbc:IssueDay>")
                .getBytes();

        assertThatThrownBy(() -> validate(UblSchema.invoice(), broken)).hasMessageContaining("IssueDay");
    }

    private static Invoice invoice(Buyer buyer) {
        Invoice invoice = Invoice.issue(
                "inv-e-1",
                "630",
                SELLER,
                buyer,
                "programme-1",
                LocalDate.of(2026, 11, 23),
                30,
                "DKK",
                List.of(
                        InvoiceLine.of(
                                "Partnerskab om kvalitet i dagtilbud, rate 1 af 2",
                                BigDecimal.ONE,
                                new BigDecimal("55000.00"),
                                new BigDecimal("25.00")),
                        InvoiceLine.of(
                                "Kopiering", new BigDecimal("2"), new BigDecimal("25.00"), new BigDecimal("25.00"))),
                new Cause("MunicipalityJoined", "e-1"));
        invoice.assignNumber(new InvoiceNumber(2026, 7));
        return invoice;
    }

    private static void validate(Schema schema, byte[] xml) throws Exception {
        schema.newValidator().validate(UblSchema.source(xml));
    }

    /** XPath over a written document, with the UBL prefixes. */
    private static final class Xml {

        private static final Map<String, String> NAMESPACES = Map.of(
                "inv",
                PeppolBisBilling3.INVOICE_NS,
                "cn",
                PeppolBisBilling3.CREDIT_NOTE_NS,
                "cac",
                PeppolBisBilling3.CAC,
                "cbc",
                PeppolBisBilling3.CBC);

        private final Document document;
        private final XPath xpath = XPathFactory.newInstance().newXPath();

        Xml(byte[] xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return NAMESPACES.get(prefix);
                }

                @Override
                public String getPrefix(String namespaceUri) {
                    return null;
                }

                @Override
                public Iterator<String> getPrefixes(String namespaceUri) {
                    return null;
                }
            });
        }

        String text(String expression) throws Exception {
            return xpath.evaluate(expression, document);
        }

        int count(String expression) throws Exception {
            return ((Double) xpath.evaluate(
                            "count(" + expression + ")", document, javax.xml.xpath.XPathConstants.NUMBER))
                    .intValue();
        }
    }
}
