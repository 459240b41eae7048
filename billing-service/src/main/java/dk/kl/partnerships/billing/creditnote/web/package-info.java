/** Credit notes over HTTP. */
package dk.kl.partnerships.billing.creditnote.web;
