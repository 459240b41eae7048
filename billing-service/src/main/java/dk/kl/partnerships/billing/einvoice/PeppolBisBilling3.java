package dk.kl.partnerships.billing.einvoice;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.invoice.Amounts;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.PaymentAccount;
import dk.kl.partnerships.billing.invoice.Seller;
import dk.kl.partnerships.billing.invoice.Totals;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/**
 * UBL 2.1 documents in the Peppol BIS Billing 3.0 profile: the seller and buyer addressed by EAN
 * (electronic address scheme 0088) and identified by CVR (scheme 0184), the buyer reference and,
 * when the municipality gave them, its order reference and account string (konteringsstreng), the
 * payment terms and the payment means Peppol allows a Danish supplier, VAT per category and the
 * monetary totals. Checked in the tests against the official Peppol BIS 3 schematrons. Element order follows the
 * UBL 2.1 schema.
 */
@Component
class PeppolBisBilling3 implements EInvoiceFormat {

    public static final String ID = "peppol-bis-3";

    static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String GLN_SCHEME = "0088";
    static final String CVR_SCHEME = "0184";
    private static final String COMMERCIAL_INVOICE = "380";
    private static final String CREDIT_NOTE = "381";
    private static final String STANDARD_RATE = "S";
    private static final String ONE = "C62";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public byte[] invoice(Invoice invoice) {
        requireBuyerReference(invoice.buyer(), invoice.number());
        return write(INVOICE_NS, "Invoice", xml -> {
            header(xml, invoice.number(), invoice.issuedOn());
            element(xml, CBC, "DueDate", invoice.dueOn().toString());
            element(xml, CBC, "InvoiceTypeCode", COMMERCIAL_INVOICE);
            element(xml, CBC, "DocumentCurrencyCode", invoice.currency());
            element(xml, CBC, "AccountingCost", invoice.buyer().accountingCost());
            element(xml, CBC, "BuyerReference", invoice.buyer().reference());
            orderReference(xml, invoice.buyer());
            if (invoice.replacesInvoiceId().isPresent()) {
                billingReference(xml, invoice.replacesInvoiceNumber(), invoice.replacesInvoiceIssuedOn());
            }
            parties(xml, invoice.seller(), invoice.buyer());
            paymentMeans(xml, invoice.seller(), invoice.number());
            paymentTerms(xml, invoice.issuedOn(), invoice.dueOn());
            totals(
                    xml,
                    invoice.currency(),
                    invoice.lines(),
                    invoice.netTotal(),
                    invoice.vatTotal(),
                    invoice.grossTotal());
            lines(xml, "InvoiceLine", "InvoicedQuantity", invoice.currency(), invoice.lines());
        });
    }

    @Override
    public byte[] creditNote(CreditNote note) {
        requireBuyerReference(note.buyer(), note.number());
        if (note.grossTotal().signum() < 0) {
            throw new IllegalStateException("Credit note " + note.number() + " has a negative total");
        }
        return write(CREDIT_NOTE_NS, "CreditNote", xml -> {
            header(xml, note.number(), note.issuedOn());
            element(xml, CBC, "CreditNoteTypeCode", CREDIT_NOTE);
            element(xml, CBC, "Note", note.reason());
            element(xml, CBC, "DocumentCurrencyCode", note.currency());
            element(xml, CBC, "AccountingCost", note.buyer().accountingCost());
            element(xml, CBC, "BuyerReference", note.buyer().reference());
            orderReference(xml, note.buyer());
            billingReference(xml, note.creditedInvoiceNumber(), note.creditedInvoiceIssuedOn());
            parties(xml, note.seller(), note.buyer());
            totals(xml, note.currency(), note.lines(), note.netTotal(), note.vatTotal(), note.grossTotal());
            lines(xml, "CreditNoteLine", "CreditedQuantity", note.currency(), note.lines());
        });
    }

    /** Danish public buyers route e-invoices by the buyer reference; one without it is rejected. */
    private static void requireBuyerReference(Buyer buyer, String number) {
        if (buyer.reference() == null || buyer.reference().isBlank()) {
            throw new IllegalStateException("Document " + number + " has no buyer reference");
        }
    }

    private static void header(XMLStreamWriter xml, String number, LocalDate issuedOn) throws XMLStreamException {
        element(xml, CBC, "CustomizationID", CUSTOMIZATION);
        element(xml, CBC, "ProfileID", PROFILE);
        element(xml, CBC, "ID", number);
        element(xml, CBC, "IssueDate", issuedOn.toString());
    }

    private static void parties(XMLStreamWriter xml, Seller seller, Buyer buyer) throws XMLStreamException {
        xml.writeStartElement(CAC, "AccountingSupplierParty");
        party(
                xml,
                seller.ean(),
                seller.cvr(),
                seller.name(),
                new Buyer.Address(seller.street(), seller.postalCode(), seller.city(), seller.countryCode()),
                true);
        xml.writeEndElement();
        xml.writeStartElement(CAC, "AccountingCustomerParty");
        party(xml, buyer.ean(), buyer.cvr(), buyer.name(), buyer.address(), false);
        xml.writeEndElement();
    }

    private static void party(
            XMLStreamWriter xml, String ean, String cvr, String name, Buyer.Address address, boolean vatRegistered)
            throws XMLStreamException {
        xml.writeStartElement(CAC, "Party");
        // A guest organisation may be reached by its CVR alone
        boolean byEan = present(ean);
        elementWithAttribute(xml, CBC, "EndpointID", "schemeID", byEan ? GLN_SCHEME : CVR_SCHEME, byEan ? ean : cvr);
        xml.writeStartElement(CAC, "PartyIdentification");
        elementWithAttribute(xml, CBC, "ID", "schemeID", byEan ? GLN_SCHEME : CVR_SCHEME, byEan ? ean : cvr);
        xml.writeEndElement();
        xml.writeStartElement(CAC, "PartyName");
        element(xml, CBC, "Name", name);
        xml.writeEndElement();
        xml.writeStartElement(CAC, "PostalAddress");
        element(xml, CBC, "StreetName", address.street());
        element(xml, CBC, "CityName", address.city());
        element(xml, CBC, "PostalZone", address.postalCode());
        xml.writeStartElement(CAC, "Country");
        element(xml, CBC, "IdentificationCode", address.countryCode());
        xml.writeEndElement();
        xml.writeEndElement();
        if (vatRegistered) {
            xml.writeStartElement(CAC, "PartyTaxScheme");
            element(xml, CBC, "CompanyID", "DK" + cvr);
            taxScheme(xml);
            xml.writeEndElement();
        }
        xml.writeStartElement(CAC, "PartyLegalEntity");
        element(xml, CBC, "RegistrationName", name);
        if (present(cvr)) {
            elementWithAttribute(xml, CBC, "CompanyID", "schemeID", CVR_SCHEME, cvr);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The preceding invoice (BG-3): the one a credit note corrects or a re-issued invoice replaces. */
    private static void billingReference(XMLStreamWriter xml, String number, LocalDate issuedOn)
            throws XMLStreamException {
        xml.writeStartElement(CAC, "BillingReference");
        xml.writeStartElement(CAC, "InvoiceDocumentReference");
        element(xml, CBC, "ID", number);
        element(xml, CBC, "IssueDate", issuedOn.toString());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The buyer's purchase order number (BT-13), when the municipality gave one. */
    private static void orderReference(XMLStreamWriter xml, Buyer buyer) throws XMLStreamException {
        if (present(buyer.orderReference())) {
            xml.writeStartElement(CAC, "OrderReference");
            element(xml, CBC, "ID", buyer.orderReference());
            xml.writeEndElement();
        }
    }

    /**
     * Payment means as Peppol allows them for a Danish supplier (DK-R-005): 58 with the IBAN and
     * BIC, or 31/42 with the account number and the registration number as the branch (DK-R-006).
     */
    private static void paymentMeans(XMLStreamWriter xml, Seller seller, String number) throws XMLStreamException {
        PaymentAccount account = seller.payment();
        xml.writeStartElement(CAC, "PaymentMeans");
        element(xml, CBC, "PaymentMeansCode", account.means());
        element(xml, CBC, "PaymentID", number);
        xml.writeStartElement(CAC, "PayeeFinancialAccount");
        element(xml, CBC, "ID", account.isIban() ? account.iban() : account.accountNumber());
        element(xml, CBC, "Name", seller.name());
        String branch = account.isIban() ? account.bic() : account.registrationNumber();
        if (present(branch)) {
            xml.writeStartElement(CAC, "FinancialInstitutionBranch");
            element(xml, CBC, "ID", branch);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static void paymentTerms(XMLStreamWriter xml, LocalDate issuedOn, LocalDate dueOn)
            throws XMLStreamException {
        xml.writeStartElement(CAC, "PaymentTerms");
        element(xml, CBC, "Note", "Netto " + ChronoUnit.DAYS.between(issuedOn, dueOn) + " dage, forfald " + dueOn);
        xml.writeEndElement();
    }

    private static void totals(
            XMLStreamWriter xml,
            String currency,
            List<InvoiceLine> lines,
            BigDecimal net,
            BigDecimal vat,
            BigDecimal gross)
            throws XMLStreamException {
        Totals totals = Totals.of(lines);
        xml.writeStartElement(CAC, "TaxTotal");
        amount(xml, "TaxAmount", currency, vat);
        for (Map.Entry<BigDecimal, BigDecimal> rate : totals.netByRate().entrySet()) {
            xml.writeStartElement(CAC, "TaxSubtotal");
            amount(xml, "TaxableAmount", currency, rate.getValue());
            amount(xml, "TaxAmount", currency, Amounts.vat(rate.getValue(), rate.getKey()));
            taxCategory(xml, "TaxCategory", rate.getKey());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement(CAC, "LegalMonetaryTotal");
        amount(xml, "LineExtensionAmount", currency, net);
        amount(xml, "TaxExclusiveAmount", currency, net);
        amount(xml, "TaxInclusiveAmount", currency, gross);
        amount(xml, "PayableAmount", currency, gross);
        xml.writeEndElement();
    }

    private static void lines(
            XMLStreamWriter xml, String lineElement, String quantityElement, String currency, List<InvoiceLine> lines)
            throws XMLStreamException {
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            xml.writeStartElement(CAC, lineElement);
            element(xml, CBC, "ID", String.valueOf(i + 1));
            elementWithAttribute(
                    xml, CBC, quantityElement, "unitCode", ONE, line.quantity().toPlainString());
            amount(xml, "LineExtensionAmount", currency, line.netAmount());
            xml.writeStartElement(CAC, "Item");
            element(xml, CBC, "Name", line.description());
            taxCategory(xml, "ClassifiedTaxCategory", line.vatRate());
            xml.writeEndElement();
            xml.writeStartElement(CAC, "Price");
            amount(xml, "PriceAmount", currency, line.unitPrice());
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    private static void taxCategory(XMLStreamWriter xml, String element, BigDecimal rate) throws XMLStreamException {
        xml.writeStartElement(CAC, element);
        element(xml, CBC, "ID", STANDARD_RATE);
        element(xml, CBC, "Percent", rate.stripTrailingZeros().toPlainString());
        taxScheme(xml);
        xml.writeEndElement();
    }

    private static void taxScheme(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(CAC, "TaxScheme");
        element(xml, CBC, "ID", "VAT");
        xml.writeEndElement();
    }

    private static void amount(XMLStreamWriter xml, String element, String currency, BigDecimal value)
            throws XMLStreamException {
        elementWithAttribute(xml, CBC, element, "currencyID", currency, value.toPlainString());
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String text)
            throws XMLStreamException {
        if (present(text)) {
            xml.writeStartElement(namespace, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }

    private static void elementWithAttribute(
            XMLStreamWriter xml, String namespace, String name, String attribute, String value, String text)
            throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeAttribute(attribute, value);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static byte[] write(String rootNamespace, String root, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(rootNamespace);
            xml.setPrefix("cac", CAC);
            xml.setPrefix("cbc", CBC);
            xml.writeStartElement(rootNamespace, root);
            xml.writeDefaultNamespace(rootNamespace);
            xml.writeNamespace("cac", CAC);
            xml.writeNamespace("cbc", CBC);
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write " + root, e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
