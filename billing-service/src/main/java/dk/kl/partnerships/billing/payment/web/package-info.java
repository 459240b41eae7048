/** Payments over HTTP. */
package dk.kl.partnerships.billing.payment.web;
