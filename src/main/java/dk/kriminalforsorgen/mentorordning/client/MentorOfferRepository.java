package dk.kriminalforsorgen.mentorordning.client;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentorOfferRepository extends JpaRepository<MentorOffer, Long> {

    List<MentorOffer> findByClientIdOrderByOfferedOnDescIdDesc(Long clientId);
}
