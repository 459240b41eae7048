package dk.kl.partnerships.billing.messaging;

import dk.kl.partnerships.billing.creditnote.CreditNoteEvent;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.InvoiceEvent;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.pdf.DocumentEvent;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.billing.Cause;
import dk.kl.partnerships.contracts.billing.CreditNoteIssued;
import dk.kl.partnerships.contracts.billing.DocumentKind;
import dk.kl.partnerships.contracts.billing.InvoiceDocumentIssued;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import dk.kl.partnerships.contracts.billing.InvoiceOverdue;
import dk.kl.partnerships.contracts.billing.InvoicePaid;
import dk.kl.partnerships.contracts.billing.RefundDue;
import dk.kl.partnerships.kit.outbox.OutboundEvents;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Billing's domain events as the finance stream {@code billing.invoices.v1} and the documents'
 * stream {@code billing.documents.v1}.
 */
@Configuration(proxyBeanMethods = false)
class BillingOutboundEvents {

    @Bean
    OutboundEvents outboundEvents() {
        return OutboundEvents.builder()
                .topic(Topic.INVOICES)
                .map(
                        InvoiceEvent.Issued.class,
                        InvoiceIssued.class,
                        fact -> new InvoiceIssued(
                                fact.invoiceId(),
                                fact.number(),
                                fact.series(),
                                fact.municipalityCode(),
                                buyer(fact.buyer()),
                                fact.programmeId(),
                                fact.issuedOn(),
                                fact.dueOn(),
                                fact.currency(),
                                lines(fact.lines()),
                                fact.netTotal(),
                                fact.vatTotal(),
                                fact.grossTotal(),
                                cause(fact.cause()),
                                fact.replacesInvoiceId(),
                                fact.replacesInvoiceNumber(),
                                fact.organisationId()))
                .map(
                        InvoiceEvent.Paid.class,
                        InvoicePaid.class,
                        fact -> new InvoicePaid(
                                fact.invoiceId(),
                                fact.number(),
                                fact.municipalityCode(),
                                fact.paidOn(),
                                fact.paidAmount(),
                                fact.currency(),
                                fact.organisationId()))
                .map(
                        InvoiceEvent.Overdue.class,
                        InvoiceOverdue.class,
                        fact -> new InvoiceOverdue(
                                fact.invoiceId(),
                                fact.number(),
                                fact.municipalityCode(),
                                fact.dueOn(),
                                fact.outstanding(),
                                fact.currency(),
                                fact.overdueSince(),
                                fact.organisationId()))
                .map(
                        InvoiceEvent.RefundDue.class,
                        RefundDue.class,
                        fact -> new RefundDue(
                                fact.invoiceId(),
                                fact.number(),
                                fact.municipalityCode(),
                                fact.creditNoteId(),
                                fact.amount(),
                                fact.totalRefundDue(),
                                fact.currency(),
                                fact.organisationId()))
                .map(
                        CreditNoteEvent.Issued.class,
                        CreditNoteIssued.class,
                        fact -> new CreditNoteIssued(
                                fact.creditNoteId(),
                                fact.number(),
                                fact.series(),
                                fact.municipalityCode(),
                                buyer(fact.buyer()),
                                fact.programmeId(),
                                fact.issuedOn(),
                                fact.currency(),
                                lines(fact.lines()),
                                fact.netTotal(),
                                fact.vatTotal(),
                                fact.grossTotal(),
                                fact.creditedInvoiceId(),
                                fact.creditedInvoiceNumber(),
                                fact.reason(),
                                cause(fact.cause()),
                                fact.organisationId()))
                .topic(Topic.DOCUMENTS)
                .map(
                        DocumentEvent.Issued.class,
                        InvoiceDocumentIssued.class,
                        fact -> new InvoiceDocumentIssued(
                                fact.id(),
                                fact.number(),
                                DocumentKind.valueOf(fact.kind().name()),
                                fact.municipalityCode(),
                                fact.programmeId(),
                                buyer(fact.buyer()),
                                fact.issuedOn(),
                                fact.dueOn(),
                                fact.currency(),
                                lines(fact.lines()),
                                fact.netTotal(),
                                fact.vatTotal(),
                                fact.grossTotal(),
                                fact.fileName(),
                                "application/pdf",
                                InvoiceDocumentIssued.encode(fact.pdf())))
                .build();
    }

    private static dk.kl.partnerships.contracts.billing.Buyer buyer(Buyer buyer) {
        return new dk.kl.partnerships.contracts.billing.Buyer(
                buyer.name(),
                buyer.ean(),
                buyer.cvr(),
                buyer.reference(),
                new PostalAddress(
                        buyer.address().street(),
                        buyer.address().postalCode(),
                        buyer.address().city(),
                        buyer.address().countryCode()));
    }

    private static List<dk.kl.partnerships.contracts.billing.InvoiceLine> lines(List<InvoiceLine> lines) {
        return lines.stream()
                .map(line -> new dk.kl.partnerships.contracts.billing.InvoiceLine(
                        line.description(), line.quantity(), line.unitPrice(), line.netAmount(), line.vatRate()))
                .toList();
    }

    private static Cause cause(dk.kl.partnerships.billing.invoice.Cause cause) {
        return new Cause(cause.eventType(), cause.eventId());
    }
}
