/** The PDF documents over HTTP. */
package dk.kl.partnerships.billing.pdf.web;
