package dk.kriminalforsorgen.mentorordning.client.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import dk.kriminalforsorgen.mentorordning.client.OfferAnswer;

/** An offer of a mentor and the client's answer (E9). */
public class OfferForm {

    @NotNull
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate offeredOn;

    @NotNull
    private OfferAnswer answer;

    @Size(max = 1000)
    private String note;

    public LocalDate getOfferedOn() { return offeredOn; }
    public void setOfferedOn(LocalDate offeredOn) { this.offeredOn = offeredOn; }
    public OfferAnswer getAnswer() { return answer; }
    public void setAnswer(OfferAnswer answer) { this.answer = answer; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
