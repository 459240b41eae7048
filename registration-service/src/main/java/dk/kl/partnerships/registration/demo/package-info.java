/** The demo programmes of KL's documents, loaded on request. */
package dk.kl.partnerships.registration.demo;
