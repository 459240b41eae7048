/** The page of a municipality's billing profile. */
package dk.kl.partnerships.web.billingprofile;
