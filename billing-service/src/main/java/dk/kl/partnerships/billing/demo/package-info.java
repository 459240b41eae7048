/** The demonstration's invoices, dated by its history, loaded with the {@code demo} profile. */
package dk.kl.partnerships.billing.demo;
