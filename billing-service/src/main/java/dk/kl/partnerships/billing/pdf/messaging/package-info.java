/** Issued invoices and credit notes from billing's own finance stream, to be printed and announced. */
package dk.kl.partnerships.billing.pdf.messaging;
