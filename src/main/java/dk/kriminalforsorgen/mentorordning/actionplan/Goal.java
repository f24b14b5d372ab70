package dk.kriminalforsorgen.mentorordning.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;

/** One goal of an action plan, tied to an LS/RNR need area (DOMAIN §2). */
@Embeddable
public class Goal {

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_area")
    private NeedArea needArea;

    private String description;

    protected Goal() {
    }

    public Goal(int position, NeedArea needArea, String description) {
        this.position = position;
        this.needArea = needArea;
        this.description = description;
    }

    public int getPosition() {
        return position;
    }

    public NeedArea getNeedArea() {
        return needArea;
    }

    public String getDescription() {
        return description;
    }
}
