package no.ledsagerbevis.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ledsagerbevis.retention.*}: how long a case's personal data is kept (docs/retention.md). */
@ConfigurationProperties("ledsagerbevis.retention")
public class RetentionProperties {

  /** After a case is closed (refused, closed without a decision, revoked; its process ended). */
  private Period afterClosed = Period.ofDays(180);
  /** After the certificate of an approved case expired ({@code utlopsdato}). */
  private Period afterExpiry = Period.ofDays(90);
  /** At most this many cases are deleted a night, one job each; the rest wait for the next night. */
  private int batchSize = 500;

  public Period getAfterClosed() {
    return afterClosed;
  }

  public void setAfterClosed(Period afterClosed) {
    this.afterClosed = afterClosed;
  }

  public Period getAfterExpiry() {
    return afterExpiry;
  }

  public void setAfterExpiry(Period afterExpiry) {
    this.afterExpiry = afterExpiry;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("ledsagerbevis.retention.batch-size must be at least 1");
    }
    this.batchSize = batchSize;
  }
}
