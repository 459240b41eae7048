/** Billing's invoice events, each handed to one use case. */
package dk.kl.partnerships.notification.invoice.messaging;
