package dk.kl.partnerships.billing.registration;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CurrentBuyerRepository extends MongoRepository<CurrentBuyer, String> {}
