/** Municipalities and billing profiles over HTTP. */
package dk.kl.partnerships.registration.municipality.web;
