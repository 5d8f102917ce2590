package no.ledsagerbevis.fiks.svarut;

import java.util.List;
import java.util.Optional;

/** SvarUt REST v2: send a forsendelse, search statuses, look up by external reference. */
public interface SvarUtClient {

  /**
   * Sends one forsendelse with its files (in the order and with the names of {@code dokumenter[].filnavn}).
   * Not idempotent: delegates use {@link IdempotentSvarUtSender} instead.
   *
   * @return the forsendelse id SvarUt assigned
   */
  String send(String kontoId, Forsendelse forsendelse, List<Fil> filer);

  List<ForsendelseStatus> statusSok(String kontoId, List<String> forsendelseIds);

  /** The id of a forsendelse sent from this account with this external reference, if any. */
  Optional<String> finnForsendelseId(String kontoId, String eksternReferanse);
}
