/** Programmes: terms prepared by KL, published and completed. */
package dk.kl.partnerships.registration.programme;
