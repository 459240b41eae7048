/** Invoices: lines, VAT and totals, their settlement by payments, being overdue or credited. */
package dk.kl.partnerships.billing.invoice;
