package dk.kriminalforsorgen.mentorordning.client;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Keeps the eligibility window stored on the client (for lists and filters) in step with
 * {@link Eligibility}: every change to the facts calls {@link #refresh}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClientEligibility {

    private final Eligibility eligibility;
    private final Clock clock;

    EligibilityResult on(Client client, LocalDate date) {
        return eligibility.evaluate(client.facts(), date);
    }

    EligibilityResult today(Client client) {
        return on(client, LocalDate.now(clock));
    }

    void refresh(Client client) {
        client.applyEligibility(today(client));
    }
}
