/** Registration's domain events as the contracts it publishes, declared once. */
package dk.kl.partnerships.registration.messaging;
