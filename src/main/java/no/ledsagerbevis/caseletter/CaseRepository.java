package no.ledsagerbevis.caseletter;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases in {@code caseletter_case}: the one place their personal data is read and written. */
@Repository
public class CaseRepository {

  static final int PAGE_SIZE = 20;

  private final JdbcClient jdbc;

  public CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(NewCase sak) {
    jdbc.sql("""
            INSERT INTO caseletter_case (saks_id, kommunenummer, gruppe_id, fnr, telefonnummer, antall_ledsagere,
              utlopsdato, referansenummer, status, adressebeskyttet, opprettet, opprettet_av)
            VALUES (:saksId, :kommunenummer, :gruppeId, :fnr, :telefonnummer, :antallLedsagere,
              :utlopsdato, :referansenummer, :status, FALSE, :opprettet, :opprettetAv)""")
        .param("saksId", sak.saksId())
        .param("kommunenummer", sak.kommunenummer())
        .param("gruppeId", sak.gruppeId())
        .param("fnr", sak.fnr())
        .param("telefonnummer", sak.telefonnummer())
        .param("antallLedsagere", sak.antallLedsagere())
        .param("utlopsdato", Date.valueOf(sak.utlopsdato()))
        .param("referansenummer", sak.referansenummer())
        .param("status", CaseStatus.UNDER_BEHANDLING.name())
        .param("opprettet", sak.opprettet())
        .param("opprettetAv", sak.opprettetAv())
        .update();
    PerTransaction.put(key(sak.saksId()), Optional.of(sak.asStored()));
  }

  /** Read once per transaction ({@link PerTransaction}); every write below forgets it. */
  public Optional<CompanionCase> find(String saksId) {
    return PerTransaction.get(key(saksId), () -> jdbc.sql("SELECT * FROM caseletter_case WHERE saks_id = :saksId")
        .param("saksId", saksId).query(CaseRepository::map).optional());
  }

  private static Object key(String saksId) {
    return List.of(CaseRepository.class, saksId);
  }

  /** The case, or an {@link IllegalStateException} when a process refers to a case that is gone. */
  public CompanionCase get(String saksId) {
    return find(saksId).orElseThrow(() -> new IllegalStateException("No case " + saksId));
  }

  /** Newest first, {@link #PAGE_SIZE} a page, narrowed by the filter's non-null fields. */
  public List<CompanionCase> search(String kommunenummer, String gruppeId, CaseFilter filter, int side) {
    return jdbc.sql("SELECT * FROM caseletter_case WHERE " + searchFilter(filter)
            + " ORDER BY opprettet DESC, saks_id DESC LIMIT " + PAGE_SIZE + " OFFSET " + (long) side * PAGE_SIZE)
        .params(searchParams(kommunenummer, gruppeId, filter))
        .query(CaseRepository::map).list();
  }

  public long count(String kommunenummer, String gruppeId, CaseFilter filter) {
    return jdbc.sql("SELECT COUNT(*) FROM caseletter_case WHERE " + searchFilter(filter))
        .params(searchParams(kommunenummer, gruppeId, filter))
        .query(Long.class).single();
  }

  /** The ids of a group's cases still under assessment. */
  public List<String> openCaseIds(String gruppeId) {
    return jdbc.sql("SELECT saks_id FROM caseletter_case WHERE gruppe_id = :gruppeId AND status = :status")
        .param("gruppeId", gruppeId).param("status", CaseStatus.UNDER_BEHANDLING.name())
        .query(String.class).list();
  }

  private static String searchFilter(CaseFilter filter) {
    return "kommunenummer = :kommunenummer AND gruppe_id = :gruppeId"
        + (filter.fnr() == null ? "" : " AND fnr = :fnr")
        + (filter.navn() == null ? "" : " AND LOWER(CONCAT_WS(' ', fornavn, mellomnavn, etternavn)) LIKE :navn ESCAPE '\\'")
        + (filter.status() == null ? "" : " AND status = :status");
  }

  private static Map<String, Object> searchParams(String kommunenummer, String gruppeId, CaseFilter filter) {
    Map<String, Object> params = new HashMap<>();
    params.put("kommunenummer", kommunenummer);
    params.put("gruppeId", gruppeId);
    if (filter.fnr() != null) {
      params.put("fnr", filter.fnr());
    }
    if (filter.navn() != null) {
      String escaped = filter.navn().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
          .replace("%", "\\%").replace("_", "\\_");
      params.put("navn", "%" + escaped + "%");
    }
    if (filter.status() != null) {
      params.put("status", filter.status().name());
    }
    return params;
  }

  public void savePerson(String saksId, PersonName navn, CaseAddress adresse, boolean adressebeskyttet) {
    PerTransaction.forget(key(saksId));
    jdbc.sql("""
            UPDATE caseletter_case SET fornavn = :fornavn, mellomnavn = :mellomnavn, etternavn = :etternavn,
              adresselinje1 = :a1, adresselinje2 = :a2, adresselinje3 = :a3, postnummer = :postnummer,
              poststed = :poststed, land = :land, adressebeskyttet = :beskyttet
            WHERE saks_id = :saksId""")
        .param("fornavn", navn.fornavn())
        .param("mellomnavn", navn.mellomnavn())
        .param("etternavn", navn.etternavn())
        .param("a1", adresse == null ? null : adresse.adresselinje1())
        .param("a2", adresse == null ? null : adresse.adresselinje2())
        .param("a3", adresse == null ? null : adresse.adresselinje3())
        .param("postnummer", adresse == null ? null : adresse.postnummer())
        .param("poststed", adresse == null ? null : adresse.poststed())
        .param("land", adresse == null ? null : adresse.land())
        .param("beskyttet", adressebeskyttet)
        .param("saksId", saksId)
        .update();
  }

  public void saveDecision(String saksId, Decision decision, LocalDate vedtaksdato, CaseStatus status) {
    PerTransaction.forget(key(saksId));
    jdbc.sql("""
            UPDATE caseletter_case SET vedtak = :vedtak, begrunnelse = :begrunnelse, antall_ledsagere = :antall,
              utlopsdato = :utlopsdato, saksbehandler = :saksbehandler, vedtaksdato = :vedtaksdato,
              status = :status
            WHERE saks_id = :saksId""")
        .param("vedtak", decision.vedtak().name())
        .param("begrunnelse", decision.begrunnelse())
        .param("antall", decision.antallLedsagere())
        .param("utlopsdato", Date.valueOf(decision.utlopsdato()))
        .param("saksbehandler", decision.saksbehandler())
        .param("vedtaksdato", Date.valueOf(vedtaksdato))
        .param("status", status.name())
        .param("saksId", saksId)
        .update();
  }

  public void updateStatus(String saksId, CaseStatus status) {
    PerTransaction.forget(key(saksId));
    jdbc.sql("UPDATE caseletter_case SET status = :status WHERE saks_id = :saksId")
        .param("status", status.name()).param("saksId", saksId).update();
  }

  public void saveBildeDokumentId(String saksId, String dokumentId) {
    PerTransaction.forget(key(saksId));
    jdbc.sql("UPDATE caseletter_case SET bilde_dokument_id = :id WHERE saks_id = :saksId")
        .param("id", dokumentId).param("saksId", saksId).update();
  }

  /**
   * Marks that the app SMS is about to be sent. False when a send was started before and never
   * recorded its id: it may have reached the phone, so it must not be repeated blindly.
   */
  public boolean markSmsSending(String saksId) {
    PerTransaction.forget(key(saksId));
    return jdbc.sql("""
            UPDATE caseletter_case SET sms_sending_started = :now
            WHERE saks_id = :saksId AND sms_sending_started IS NULL AND sms_id IS NULL""")
        .param("now", OffsetDateTime.now()).param("saksId", saksId).update() == 1;
  }

  /** Lifts the mark after Fiks refused or failed the send, so that the engine's retry may send. */
  public void clearSmsSending(String saksId) {
    PerTransaction.forget(key(saksId));
    jdbc.sql("UPDATE caseletter_case SET sms_sending_started = NULL WHERE saks_id = :saksId AND sms_id IS NULL")
        .param("saksId", saksId).update();
  }

  public void saveSmsId(String saksId, String smsId) {
    PerTransaction.forget(key(saksId));
    jdbc.sql("UPDATE caseletter_case SET sms_id = :id WHERE saks_id = :saksId")
        .param("id", smsId).param("saksId", saksId).update();
  }

  private static CompanionCase map(ResultSet rs, int row) throws SQLException {
    PersonName navn = rs.getString("etternavn") == null ? null
        : new PersonName(rs.getString("fornavn"), rs.getString("mellomnavn"), rs.getString("etternavn"));
    CaseAddress adresse = rs.getString("poststed") == null && rs.getString("adresselinje1") == null ? null
        : new CaseAddress(rs.getString("adresselinje1"), rs.getString("adresselinje2"), rs.getString("adresselinje3"),
            rs.getString("postnummer"), rs.getString("poststed"), rs.getString("land"));
    String vedtak = rs.getString("vedtak");
    return new CompanionCase(
        rs.getString("saks_id"),
        rs.getString("kommunenummer"),
        rs.getString("gruppe_id"),
        rs.getString("fnr"),
        rs.getString("telefonnummer"),
        rs.getInt("antall_ledsagere"),
        rs.getObject("utlopsdato", LocalDate.class),
        rs.getString("referansenummer"),
        CaseStatus.valueOf(rs.getString("status")),
        navn,
        adresse,
        rs.getBoolean("adressebeskyttet"),
        vedtak == null ? null : Vedtak.valueOf(vedtak),
        rs.getString("begrunnelse"),
        rs.getString("saksbehandler"),
        rs.getObject("vedtaksdato", LocalDate.class),
        rs.getString("bilde_dokument_id"),
        rs.getString("sms_id"),
        rs.getObject("opprettet", OffsetDateTime.class),
        rs.getString("opprettet_av"));
  }
}
