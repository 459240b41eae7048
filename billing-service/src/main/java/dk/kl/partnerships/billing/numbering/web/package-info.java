/** The number audit over HTTP. */
package dk.kl.partnerships.billing.numbering.web;
