/** Contracts of the finance stream billing.invoices.v1. */
package dk.kl.partnerships.contracts.billing;
