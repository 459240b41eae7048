/** Invoices over HTTP. */
package dk.kl.partnerships.billing.invoice.web;
