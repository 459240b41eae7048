/** The coordinator's overview of the municipality's programmes. */
package dk.kl.partnerships.web.overview;
