/** Programmes over HTTP. */
package dk.kl.partnerships.registration.programme.web;
