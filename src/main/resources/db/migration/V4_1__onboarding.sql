-- One row per municipality that has started onboarding; its status is what GET /status reports.
CREATE TABLE onboarding_municipality (
  kommunenummer        VARCHAR(4)   NOT NULL PRIMARY KEY,
  navn                 VARCHAR(100) NOT NULL,
  fiks_org_id          VARCHAR(64)  NOT NULL,
  organisasjonsnummer  VARCHAR(9)   NOT NULL,
  status               VARCHAR(32)  NOT NULL,
  process_instance_id  VARCHAR(64),
  opprettet            TIMESTAMP WITH TIME ZONE NOT NULL,
  endret               TIMESTAMP WITH TIME ZONE NOT NULL,
  aktivert             TIMESTAMP WITH TIME ZONE
);

-- The tjenestebilag of one signing process: the unsigned PDF the signer saw, the signature, and where
-- the signed copy went (dokumentlager id, SvarUt forsendelse id).
CREATE TABLE agreement (
  id                     VARCHAR(36)  NOT NULL PRIMARY KEY,
  kommunenummer          VARCHAR(4)   NOT NULL,
  kommunenavn            VARCHAR(100) NOT NULL,
  organisasjonsnummer    VARCHAR(9)   NOT NULL,
  process_instance_id    VARCHAR(64)  NOT NULL,
  versjon                VARCHAR(16)  NOT NULL,
  generert               TIMESTAMP WITH TIME ZONE NOT NULL,
  usignert_pdf           BYTEA        NOT NULL,
  sha256_usignert        VARCHAR(64)  NOT NULL,
  signert_av_bruker_id   VARCHAR(64),
  signert_av_navn        VARCHAR(200),
  signert_tidspunkt      TIMESTAMP WITH TIME ZONE,
  signert_pdf            BYTEA,
  dokumentlager_id       VARCHAR(100),
  svarut_forsendelse_id  VARCHAR(100),
  sendt_tidspunkt        TIMESTAMP WITH TIME ZONE
);

CREATE INDEX agreement_kommunenummer_idx ON agreement (kommunenummer);
CREATE UNIQUE INDEX agreement_process_instance_idx ON agreement (process_instance_id);
