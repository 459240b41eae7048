/** Billing: invoices municipalities for the programmes they join and the meetings they attend, and publishes the finance stream. */
package dk.kl.partnerships.billing;
