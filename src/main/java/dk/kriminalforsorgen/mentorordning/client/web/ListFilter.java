package dk.kriminalforsorgen.mentorordning.client.web;

/**
 * The list's filters and order, bound from the query string. They hold no personal data, so they
 * may be in the URL (bookmarkable, paginated); name and CPR search go through {@link SearchForm}.
 */
public class ListFilter {

    private String status;
    private String risiko;
    private boolean berettiget;
    private boolean tilbud;
    private String sortering;

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getRisiko() { return risiko; }
    public void setRisiko(String risiko) { this.risiko = risiko; }
    public boolean isBerettiget() { return berettiget; }
    public void setBerettiget(boolean berettiget) { this.berettiget = berettiget; }
    public boolean isTilbud() { return tilbud; }
    public void setTilbud(boolean tilbud) { this.tilbud = tilbud; }
    public String getSortering() { return sortering; }
    public void setSortering(String sortering) { this.sortering = sortering; }
}
