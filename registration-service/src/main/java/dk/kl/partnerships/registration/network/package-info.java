/** Networks: joined municipalities grouped by region and focus areas, proposed by the platform and confirmed by KL. */
package dk.kl.partnerships.registration.network;
