package dk.kriminalforsorgen.mentorordning.actionplan;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;

/** One goal of an action plan, tied to an LS/RNR need area (DOMAIN §2). */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Goal {

    private int position;

    @Enumerated(EnumType.STRING)
    private NeedArea needArea;

    private String description;

    public Goal(int position, NeedArea needArea, String description) {
        this.position = position;
        this.needArea = needArea;
        this.description = description;
    }
}
