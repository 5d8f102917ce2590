package no.ledsagerbevis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.support.PostgresTestDatabase;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What the database says about the test's cases: the engine's tables, ours, and the bundled simulator's
 * (SvarUt forsendelser and SMS are rows in the same database, so they survive a killed node). Also puts the
 * test's synthetic persons into the simulator's folkeregister, one fødselsnummer per case, so that letters
 * and SMS can be counted per case.
 */
final class CaseLedger {

  private final JdbcClient jdbc;

  CaseLedger(PostgresTestDatabase database) {
    this.jdbc = JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
  }

  /**
   * {@code count} synthetic fødselsnummer (valid check digits, month + 80) born on {@code day}.{@code 02}.1991,
   * registered in the simulator with an Oslo address and a digital mailbox.
   */
  List<String> registerPersons(int day, int count) {
    List<String> fnrs = new ArrayList<>();
    String birth = String.format("%02d8291", day);
    for (int individ = 100; individ < 1000 && fnrs.size() < count; individ++) {
      String fnr = withControlDigits(birth + individ);
      if (fnr != null) {
        fnrs.add(fnr);
      }
    }
    for (String fnr : fnrs) {
      jdbc.sql("INSERT INTO sim_person (fnr, fornavn, etternavn, adressenavn, husnummer, postnummer, poststed, kommunenummer,"
          + " adressebeskyttelse, digital_postkasse) VALUES (?, 'Test', 'Pålitelig', 'Storgata', '1', '0155', 'OSLO', '0301',"
          + " 'UGRADERT', TRUE)").params(fnr).update();
    }
    return fnrs;
  }

  /** Cases (business keys) whose decision-letter process has ended, and where. */
  Map<String, String> ended(Collection<String> saksIder) {
    Map<String, String> ended = new java.util.HashMap<>();
    jdbc.sql("SELECT BUSINESS_KEY_, END_ACT_ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'ledsagerbevis-decision-letter'"
            + " AND END_TIME_ IS NOT NULL")
        .query((rs, n) -> Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
        .list().stream().filter(e -> saksIder.contains(e.getKey())).forEach(e -> ended.put(e.getKey(), e.getValue()));
    return ended;
  }

  /** Forsendelser in the simulator per eksternReferanse (= saksId). */
  Map<String, Integer> lettersPerCase() {
    return countBy("SELECT ekstern_referanse, COUNT(*) FROM sim_forsendelse WHERE ekstern_referanse IS NOT NULL"
        + " GROUP BY ekstern_referanse");
  }

  /** SMS in the simulator per fødselsnummer. */
  Map<String, Integer> smsPerPerson() {
    return countBy("SELECT fnr, COUNT(*) FROM sim_sms GROUP BY fnr");
  }

  int openIncidents() {
    return jdbc.sql("SELECT COUNT(*) FROM ACT_RU_INCIDENT").query(Integer.class).single();
  }

  /** Jobs locked right now (acquired by some node, not yet done). */
  int lockedJobs() {
    return jdbc.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL").query(Integer.class).single();
  }

  /** Successful job executions per node (the engine's hostname, which {@link AppNode} sets to the node's name). */
  Map<String, Integer> jobsExecutedPerNode() {
    return countBy("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 GROUP BY HOSTNAME_");
  }

  /** Locked jobs per activity (e.g. {@code Task_SendDecisionLetter}): what a node was doing when it died. */
  Map<String, Integer> lockedJobsPerActivity() {
    return countBy("SELECT d.ACT_ID_, COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_"
        + " WHERE j.LOCK_OWNER_ IS NOT NULL GROUP BY d.ACT_ID_");
  }

  /** Waits until every case's process has ended; fails after {@code atMost} with what is still open. */
  void awaitEnded(Collection<String> saksIder, Duration atMost) {
    Instant deadline = Instant.now().plus(atMost);
    while (ended(saksIder).size() < saksIder.size()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError((saksIder.size() - ended(saksIder).size()) + " of " + saksIder.size()
            + " cases have not ended after " + atMost + "; open incidents: " + openIncidents()
            + ", locked jobs: " + lockedJobsPerActivity());
      }
      CaseLoad.sleep(Duration.ofSeconds(1));
    }
  }

  /**
   * Every case ended with its letter delivered, exactly one forsendelse and one SMS for it in the simulator,
   * and no incident anywhere.
   */
  void assertEveryCaseDeliveredExactlyOnce(List<String> saksIder, List<String> fnrs) {
    Map<String, String> ended = ended(saksIder);
    Map<String, Integer> letters = lettersPerCase();
    Map<String, Integer> sms = smsPerPerson();
    for (int i = 0; i < saksIder.size(); i++) {
      String saksId = saksIder.get(i);
      assertThat(ended.get(saksId)).as("end of case " + saksId).isEqualTo("EndEvent_LetterDelivered");
      assertThat(letters.get(saksId)).as("letters of case " + saksId).isEqualTo(1);
      assertThat(sms.get(fnrs.get(i))).as("SMS of case " + saksId).isEqualTo(1);
    }
    assertThat(openIncidents()).as("open incidents").isZero();
  }

  private Map<String, Integer> countBy(String sql) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  private static String withControlDigits(String nineDigits) {
    for (int k1 = 0; k1 <= 9; k1++) {
      for (int k2 = 0; k2 <= 9; k2++) {
        String candidate = nineDigits + k1 + k2;
        if (Fodselsnummer.isValid(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
