/** A programme's evaluation settings over HTTP. */
package dk.kl.partnerships.evaluation.registration.web;
