/** Cross-cutting set-up: the seller, invoicing terms and withdrawal policy from configuration. */
package dk.kl.partnerships.billing.config;
