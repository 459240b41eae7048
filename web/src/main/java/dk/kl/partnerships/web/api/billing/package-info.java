/** Billing's API as the web client reads it: invoices and e-invoices. */
package dk.kl.partnerships.web.api.billing;
