/** The page that declares a municipality's interest in a programme, or declines. */
package dk.kl.partnerships.web.interest;
