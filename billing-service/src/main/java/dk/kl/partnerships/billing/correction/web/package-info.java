/** Corrections over HTTP. */
package dk.kl.partnerships.billing.correction.web;
