package no.ledsagerbevis.caseletter;

import java.time.LocalDate;

/** A checked assessment: what was decided, why, for how many companions, until when, and by whom. */
public record Decision(Vedtak vedtak, String begrunnelse, int antallLedsagere, LocalDate utlopsdato,
    String saksbehandler) {
}
