-- Tables of the bundled Fiks simulator (ledsagerbevis.fiks.simulator.enabled=true only; see docs/fiks.md).
CREATE TABLE sim_kommune (
  kommunenummer       VARCHAR(4)   NOT NULL PRIMARY KEY,
  fiks_org_id         VARCHAR(36)  NOT NULL UNIQUE,
  organisasjonsnummer VARCHAR(9)   NOT NULL,
  navn                VARCHAR(200) NOT NULL
);

CREATE TABLE sim_kommune_tjeneste (
  fiks_org_id VARCHAR(36) NOT NULL,
  tjeneste    VARCHAR(20) NOT NULL,
  PRIMARY KEY (fiks_org_id, tjeneste)
);

CREATE TABLE sim_svarut_konto (
  konto_id    VARCHAR(36)  NOT NULL PRIMARY KEY,
  fiks_org_id VARCHAR(36)  NOT NULL,
  navn        VARCHAR(200) NOT NULL,
  aktiv       BOOLEAN      NOT NULL
);

-- Register role, dokumentlager account and varsling account: at most one of each per organisation.
CREATE TABLE sim_ressurs (
  fiks_org_id VARCHAR(36)              NOT NULL,
  type        VARCHAR(30)              NOT NULL,
  id          VARCHAR(36)              NOT NULL UNIQUE,
  opprettet   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (fiks_org_id, type)
);

CREATE TABLE sim_person (
  fnr                VARCHAR(11)  NOT NULL PRIMARY KEY,
  fornavn            VARCHAR(100) NOT NULL,
  mellomnavn         VARCHAR(100),
  etternavn          VARCHAR(100) NOT NULL,
  adressenavn        VARCHAR(200),
  husnummer          VARCHAR(10),
  husbokstav         VARCHAR(2),
  postnummer         VARCHAR(4),
  poststed           VARCHAR(100),
  kommunenummer      VARCHAR(4),
  adressebeskyttelse VARCHAR(30)  NOT NULL,
  digital_postkasse  BOOLEAN      NOT NULL
);

CREATE TABLE sim_forsendelse (
  id                   VARCHAR(36)              NOT NULL PRIMARY KEY,
  konto_id             VARCHAR(36)              NOT NULL,
  tittel               VARCHAR(1000)            NOT NULL,
  ekstern_referanse    VARCHAR(100),
  mottaker_navn        VARCHAR(500)             NOT NULL,
  mottaker_digital_id  VARCHAR(20),
  kun_digital_levering BOOLEAN                  NOT NULL,
  forsendelse_json     TEXT                     NOT NULL,
  -- The statuses this forsendelse passes through, comma-separated; one step per status-step of time.
  status_plan          VARCHAR(300)             NOT NULL,
  mottatt              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sim_forsendelse_ekstern_ref ON sim_forsendelse (konto_id, ekstern_referanse);

CREATE TABLE sim_forsendelse_dokument (
  forsendelse_id VARCHAR(36)  NOT NULL,
  nr             INTEGER      NOT NULL,
  filnavn        VARCHAR(226) NOT NULL,
  mime_type      VARCHAR(100) NOT NULL,
  innhold        BYTEA        NOT NULL,
  PRIMARY KEY (forsendelse_id, nr)
);

CREATE TABLE sim_sms (
  id            VARCHAR(36)              NOT NULL PRIMARY KEY,
  konto_id      VARCHAR(36)              NOT NULL,
  fnr           VARCHAR(11)              NOT NULL,
  telefonnummer VARCHAR(8)               NOT NULL,
  tekst         VARCHAR(1600)            NOT NULL,
  opprettet     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sim_dokument (
  id             VARCHAR(36)              NOT NULL PRIMARY KEY,
  fiks_org_id    VARCHAR(36)              NOT NULL,
  konto_id       VARCHAR(36)              NOT NULL,
  dokumentnavn   VARCHAR(500)             NOT NULL,
  mimetype       VARCHAR(100)             NOT NULL,
  ttl_ms         BIGINT,
  sikkerhetsniva INTEGER,
  innhold        BYTEA                    NOT NULL,
  opprettet      TIMESTAMP WITH TIME ZONE NOT NULL
);
