/** Network proposals and networks over HTTP. */
package dk.kl.partnerships.registration.network.web;
