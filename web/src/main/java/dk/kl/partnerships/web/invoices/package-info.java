/** The pages of a municipality's invoices and their documents. */
package dk.kl.partnerships.web.invoices;
