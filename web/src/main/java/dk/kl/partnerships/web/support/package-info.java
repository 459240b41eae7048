/** What every page shares: layout model, form errors at the field, error pages, forms kept over a new sign-in. */
package dk.kl.partnerships.web.support;
