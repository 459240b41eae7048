package dk.kl.partnerships.evaluation.feedback;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface FeedbackRoundRepository extends MongoRepository<FeedbackRound, String> {

    List<FeedbackRound> findByNetworkIdOrderByHeldOnDesc(String networkId, Pageable page);
}
