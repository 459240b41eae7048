/** E-invoices over HTTP. */
package dk.kl.partnerships.billing.einvoice.web;
