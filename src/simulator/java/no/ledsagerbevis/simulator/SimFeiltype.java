package no.ledsagerbevis.simulator;

/**
 * How an injected fault breaks a Fiks service call. The three HTTP_ types answer at once without doing the
 * work; SLOW, TIMEOUT, RESET and MALFORMED let the service do its work first (an SMS is accepted, a letter
 * received) and then spoil the answer, which is the hard case for exactly-once.
 */
enum SimFeiltype {
  HTTP_500,
  HTTP_503,
  HTTP_400,
  /** The work is done, then the answer is held {@code forsinkelse} (default 10 minutes) and the connection dropped. */
  TIMEOUT,
  /** The work is done, the answer starts and the connection is aborted mid-body. */
  RESET,
  /** The work is done, then 200 with a JSON body that cannot be parsed. */
  MALFORMED,
  /** The work is done, the answer comes after {@code forsinkelse}. */
  SLOW;

  boolean gjorArbeidet() {
    return this != HTTP_500 && this != HTTP_503 && this != HTTP_400;
  }
}
