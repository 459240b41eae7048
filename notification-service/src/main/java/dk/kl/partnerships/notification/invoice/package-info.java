/** "Invoice issued" messages to the municipality's invoice contact. */
package dk.kl.partnerships.notification.invoice;
