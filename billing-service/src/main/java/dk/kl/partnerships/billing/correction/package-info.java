/**
 * Corrections that take more than one document: an invoice cancelled with a credit note and issued
 * anew with corrected buyer details.
 */
package dk.kl.partnerships.billing.correction;
