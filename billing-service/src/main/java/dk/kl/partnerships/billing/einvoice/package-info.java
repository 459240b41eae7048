/** E-invoices: invoices and credit notes as UBL 2.1 documents, behind a format adapter (Peppol BIS Billing 3.0). */
package dk.kl.partnerships.billing.einvoice;
