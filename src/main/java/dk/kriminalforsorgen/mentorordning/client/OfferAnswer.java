package dk.kriminalforsorgen.mentorordning.client;

import dk.kriminalforsorgen.mentorordning.shared.Labelled;
/** The client's answer to an offer of a mentor (E9). */
public enum OfferAnswer implements Labelled {
    ACCEPTED, DECLINED, NO_ANSWER;

    @Override
    public String messageKey() {
        return "offerAnswer." + name();
    }
}
