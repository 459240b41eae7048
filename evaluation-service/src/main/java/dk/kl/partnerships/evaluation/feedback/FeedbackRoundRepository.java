package dk.kl.partnerships.evaluation.feedback;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

public interface FeedbackRoundRepository extends MongoRepository<FeedbackRound, String> {

    List<FeedbackRound> findByNetworkIdOrderByHeldOnDesc(String networkId, Pageable page);
}
