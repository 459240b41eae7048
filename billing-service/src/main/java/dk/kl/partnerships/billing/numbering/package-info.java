/** Gapless number series and their audit. */
package dk.kl.partnerships.billing.numbering;
