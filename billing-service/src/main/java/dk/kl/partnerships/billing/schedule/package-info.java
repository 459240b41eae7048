/** The checks that depend on the calendar: instalments falling due, pending meeting fees, invoices turning overdue. */
package dk.kl.partnerships.billing.schedule;
