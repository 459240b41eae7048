/** Credit notes: an issued invoice cancelled in full, numbered in its own gapless series. */
package dk.kl.partnerships.billing.creditnote;
