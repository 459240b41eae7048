/** Registration's events that billing acts on, one use case each. */
package dk.kl.partnerships.billing.registration.messaging;
