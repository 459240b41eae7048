package dk.kl.partnerships.notification.registration;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

interface MunicipalityContactsRepository extends MongoRepository<MunicipalityContacts, String> {

    @Query("{ $or: [ { 'coordinator.email': ?0 }, { 'directorsOffice.email': ?0 }, { 'invoiceContact.email': ?0 } ] }")
    List<MunicipalityContacts> findByAnyEmail(String email);
}
