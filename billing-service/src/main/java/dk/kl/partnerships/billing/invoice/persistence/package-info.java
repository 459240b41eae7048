/** Invoices stored with their events and numbered without gaps; their state gauges. */
package dk.kl.partnerships.billing.invoice.persistence;
