package dk.kl.partnerships.billing.registration;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface BillingProgrammeRepository extends MongoRepository<BillingProgramme, String> {}
