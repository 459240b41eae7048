/** Payments registered against invoices, and invoices turning overdue. */
package dk.kl.partnerships.billing.payment;
