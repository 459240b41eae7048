/** The announced documents in MongoDB, each stored with its event in one write. */
package dk.kl.partnerships.billing.pdf.persistence;
