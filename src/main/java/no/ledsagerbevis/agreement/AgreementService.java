package no.ledsagerbevis.agreement;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.ledsagerbevis.access.UserLogins;
import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.fiks.dokumentlager.DokumentMetadata;
import no.ledsagerbevis.fiks.dokumentlager.DokumentlagerClient;
import no.ledsagerbevis.fiks.svarut.Dokument;
import no.ledsagerbevis.fiks.svarut.Fil;
import no.ledsagerbevis.fiks.svarut.Forsendelse;
import no.ledsagerbevis.fiks.svarut.IdempotentSvarUtSender;
import no.ledsagerbevis.fiks.svarut.Mottaker;
import no.ledsagerbevis.letters.AgreementDocument;
import no.ledsagerbevis.letters.AgreementPdf;
import no.ledsagerbevis.letters.AgreementSignature;
import no.ledsagerbevis.onboarding.Municipality;
import org.springframework.stereotype.Service;

/**
 * The tjenestebilag's life: generated as PDF, signed by an administrator of the municipality, kept in
 * Fiks dokumentlager and sent to the municipality's postmottak through SvarUt (K6). Every step may run
 * again after a failure and does its work once.
 */
@Service
public class AgreementService {

  static final String EKSTERN_REFERANSE_PREFIX = "tjenestebilag-";

  private final AgreementRepository repository;
  private final AgreementPdf pdf;
  private final AgreementProperties properties;
  private final AgreementAccounts accounts;
  private final UserLogins logins;
  private final DokumentlagerClient dokumentlager;
  private final IdempotentSvarUtSender svarUt;

  AgreementService(AgreementRepository repository, AgreementPdf pdf, AgreementProperties properties,
      AgreementAccounts accounts, UserLogins logins, DokumentlagerClient dokumentlager, IdempotentSvarUtSender svarUt) {
    this.repository = repository;
    this.pdf = pdf;
    this.properties = properties;
    this.accounts = accounts;
    this.logins = logins;
    this.dokumentlager = dokumentlager;
    this.svarUt = svarUt;
  }

  /** Renders the unsigned tjenestebilag for the signing process and keeps it; returns its id. */
  public String generate(String processInstanceId, Municipality municipality) {
    String kommunenummer = municipality.kommunenummer();
    String kommunenavn = municipality.navn();
    String organisasjonsnummer = municipality.organisasjonsnummer();
    return repository.findByProcessInstance(processInstanceId).map(Agreement::id).orElseGet(() -> {
      OffsetDateTime generert = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
      byte[] usignert = pdf.render(new AgreementDocument(kommunenavn, kommunenummer, organisasjonsnummer,
          properties.versjon(), generert, null));
      Agreement agreement = new Agreement(UUID.randomUUID().toString(), kommunenummer, kommunenavn,
          organisasjonsnummer, processInstanceId, properties.versjon(), generert, usignert, Sha256.hex(usignert),
          null, null, null, null, null);
      repository.insert(agreement);
      return agreement.id();
    });
  }

  /** Records the signature of the given user on the PDF they were shown, and renders the signed copy. */
  public AgreementSignature sign(String agreementId, String brukerId) {
    Agreement agreement = get(agreementId);
    if (agreement.signert()) {
      throw new IllegalStateException("Agreement " + agreementId + " is already signed");
    }
    AgreementSignature signatur = new AgreementSignature(brukerId, logins.visningsnavn(brukerId),
        OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), agreement.sha256Usignert());
    repository.sign(agreementId, signatur, pdf.render(agreement.document().signert(signatur)));
    return signatur;
  }

  /** Uploads the signed copy to dokumentlager (see {@link AgreementAccounts}); returns the document id. */
  public String store(String agreementId, FiksOrgId fiksOrgId) {
    Agreement agreement = getSigned(agreementId);
    if (agreement.dokumentlagerId() != null) {
      return agreement.dokumentlagerId();
    }
    AgreementProperties.Dokumentlager konto = accounts.dokumentlager(fiksOrgId);
    String dokumentId = dokumentlager.lastOpp(konto.fiksOrgId(), konto.kontoId(),
        new DokumentMetadata(agreement.filnavn(), "application/pdf", null, false), agreement.signertPdf());
    repository.stored(agreementId, dokumentId);
    return dokumentId;
  }

  /**
   * Sends the signed copy to the municipality (mottaker = its organisasjonsnummer) with
   * {@code eksternReferanse} {@code tjenestebilag-{id}}, at most once; returns the forsendelse id.
   */
  public String sendCopy(String agreementId, FiksOrgId fiksOrgId) {
    Agreement agreement = getSigned(agreementId);
    if (agreement.svarUtForsendelseId() != null) {
      return agreement.svarUtForsendelseId();
    }
    String filnavn = agreement.filnavn();
    Forsendelse forsendelse = Forsendelse.builder()
        .tittel("Signert tjenestebilag for Digitalt ledsagerbevis – " + agreement.kommunenavn())
        .mottaker(Mottaker.organisasjon(agreement.kommunenavn() + " kommune", agreement.organisasjonsnummer(),
            null, null, null))
        .eksternReferanse(EKSTERN_REFERANSE_PREFIX + agreement.id())
        .kunDigitalLevering(true)
        .dokument(Dokument.pdf(filnavn, false))
        .build();
    String forsendelseId = svarUt.sendOnce(accounts.svarUtKonto(fiksOrgId), forsendelse,
        List.of(Fil.pdf(filnavn, agreement.signertPdf())));
    repository.sent(agreementId, forsendelseId, OffsetDateTime.now());
    return forsendelseId;
  }

  public Agreement get(String agreementId) {
    return repository.find(agreementId)
        .orElseThrow(() -> new IllegalStateException("No agreement with id " + agreementId));
  }

  private Agreement getSigned(String agreementId) {
    Agreement agreement = get(agreementId);
    if (!agreement.signert()) {
      throw new IllegalStateException("Agreement " + agreementId + " is not signed");
    }
    return agreement;
  }
}
