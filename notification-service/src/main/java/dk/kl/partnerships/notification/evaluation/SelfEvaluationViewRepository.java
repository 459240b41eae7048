package dk.kl.partnerships.notification.evaluation;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SelfEvaluationViewRepository extends MongoRepository<SelfEvaluationView, String> {}
