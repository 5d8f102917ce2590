package no.ledsagerbevis.caseletter;

import java.util.Optional;
import no.ledsagerbevis.fiks.dokumentlager.DokumentMetadata;
import no.ledsagerbevis.fiks.dokumentlager.DokumentlagerClient;
import org.springframework.stereotype.Service;

/**
 * Stores the approved holder's photo in the municipality's dokumentlager account, once, and then keeps no
 * copy of its own: afterwards the photo is read from dokumentlager.
 */
@Service
public class PhotoStorageService {

  private final CaseRepository cases;
  private final PhotoRepository photos;
  private final CaseEventRepository events;
  private final MunicipalityAccounts accounts;
  private final DokumentlagerClient dokumentlager;

  PhotoStorageService(CaseRepository cases, PhotoRepository photos, CaseEventRepository events,
      MunicipalityAccounts accounts, DokumentlagerClient dokumentlager) {
    this.cases = cases;
    this.photos = photos;
    this.events = events;
    this.accounts = accounts;
    this.dokumentlager = dokumentlager;
  }

  /** @return the dokumentlager id of the photo */
  public String store(CompanionCase sak) {
    String saksId = sak.saksId();
    if (sak.bildeDokumentId() != null) {
      photos.delete(saksId);
      return sak.bildeDokumentId();
    }
    Photo photo = photos.find(saksId)
        .orElseThrow(() -> new IllegalStateException("Case " + saksId + " has no photo"));
    String kontoId = accounts.dokumentlagerKontoId(sak.kommunenummer());
    String fiksOrgId = accounts.fiksOrgId(sak.kommunenummer());
    DokumentMetadata metadata = new DokumentMetadata("ledsagerbevis-" + saksId + "." + photo.filending(),
        photo.mimeType(), null, true);
    String dokumentId = dokumentlager.lastOpp(fiksOrgId, kontoId, metadata, photo.innhold());
    cases.saveBildeDokumentId(saksId, dokumentId);
    photos.delete(saksId);
    events.record(saksId, CaseEventType.BILDE_LAGRET, null);
    return dokumentId;
  }

  /** The photo from our table before it is stored, from dokumentlager after. */
  public Optional<Photo> find(CompanionCase sak) {
    Optional<Photo> local = photos.find(sak.saksId());
    if (local.isPresent() || sak.bildeDokumentId() == null) {
      return local;
    }
    return Optional.of(PhotoCheck.check(null, dokumentlager.lastNed(sak.bildeDokumentId())));
  }

  public boolean exists(CompanionCase sak) {
    return sak.bildeDokumentId() != null || photos.exists(sak.saksId());
  }
}
