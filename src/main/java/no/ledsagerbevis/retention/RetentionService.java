package no.ledsagerbevis.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import no.ledsagerbevis.caseletter.CaseErasure;
import no.ledsagerbevis.caseletter.CaseRetentionRepository;
import no.ledsagerbevis.caseletter.ErasureReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/** The work of «Slett utløpte saker»: which cases are closed, which have outlived their retention, erase one. */
@Service("retentionService")
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionService {

  private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

  private final RetentionProperties properties;
  private final CaseRetentionRepository retention;
  private final RunningCaseProcesses running;
  private final CaseErasure erasure;

  RetentionService(RetentionProperties properties, CaseRetentionRepository retention, RunningCaseProcesses running,
      CaseErasure erasure) {
    this.properties = properties;
    this.retention = retention;
    this.running = running;
    this.erasure = erasure;
  }

  /** Stamps every case that is not AKTIV and has no running process as closed now, once. */
  public int markClosedCases() {
    Set<String> open = running.saksIds();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<String> closed = retention.unmarkedNotActive().stream().filter(id -> !open.contains(id)).toList();
    closed.forEach(saksId -> retention.markClosed(saksId, now));
    return closed.size();
  }

  /** The collection of {@code Task_EraseExpiredCase}: at most {@code batch-size} ids, oldest case first. */
  public List<String> expiredCaseIds() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    LocalDate today = now.toLocalDate();
    List<String> ids = retention.expired(now.minus(properties.getAfterClosed()), today.minus(properties.getAfterExpiry()),
        properties.getBatchSize());
    log.info("Retention: {} case(s) past their retention period", ids.size());
    return ids;
  }

  /** Erases one expired case; a case whose process was restarted meanwhile is left for a later night. */
  public void eraseExpired(String saksId) {
    if (running.isRunning(saksId)) {
      log.info("Retention: case {} has a running process again and is kept", saksId);
      return;
    }
    erasure.erase(saksId, ErasureReason.OPPBEVARINGSTID_UTLOPT, null);
  }
}
