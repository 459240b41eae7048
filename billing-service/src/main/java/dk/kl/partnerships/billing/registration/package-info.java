/** What billing knows of registration: programmes' terms and memberships, and the instalments each membership owes. */
package dk.kl.partnerships.billing.registration;
