package dk.kriminalforsorgen.mentorordning.client;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRepository extends JpaRepository<Client, Long> {

    boolean existsByCprHash(String cprHash);

    boolean existsByCprHashAndIdNot(String cprHash, Long id);
}
