/** Erasing a person's address from everything the service keeps. */
package dk.kl.partnerships.notification.privacy;
