/** Billing's domain events as the contracts of the finance stream, declared once. */
package dk.kl.partnerships.billing.messaging;
