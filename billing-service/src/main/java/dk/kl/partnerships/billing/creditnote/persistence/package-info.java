/** Credit notes stored with their events and numbered without gaps. */
package dk.kl.partnerships.billing.creditnote.persistence;
