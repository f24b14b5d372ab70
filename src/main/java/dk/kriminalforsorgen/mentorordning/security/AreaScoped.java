package dk.kriminalforsorgen.mentorordning.security;

/** A record that belongs to one area (rule C1: the competent area); the area decides who may see it. */
public interface AreaScoped {

    Long areaId();
}
