-- Companion-certificate cases: the personal data stays here, never in process variables.
CREATE TABLE caseletter_case (
  saks_id           VARCHAR(36)  NOT NULL PRIMARY KEY,
  kommunenummer     VARCHAR(4)   NOT NULL,
  gruppe_id         VARCHAR(64)  NOT NULL,
  fnr               VARCHAR(11)  NOT NULL,
  telefonnummer     VARCHAR(8)   NOT NULL,
  antall_ledsagere  INTEGER      NOT NULL,
  utlopsdato        DATE         NOT NULL,
  referansenummer   VARCHAR(40),
  status            VARCHAR(30)  NOT NULL,
  fornavn           VARCHAR(200),
  mellomnavn        VARCHAR(200),
  etternavn         VARCHAR(200),
  adresselinje1     VARCHAR(200),
  adresselinje2     VARCHAR(200),
  adresselinje3     VARCHAR(200),
  postnummer        VARCHAR(10),
  poststed          VARCHAR(100),
  land              VARCHAR(100),
  adressebeskyttet  BOOLEAN      NOT NULL DEFAULT FALSE,
  vedtak            VARCHAR(20),
  begrunnelse       TEXT,
  saksbehandler     VARCHAR(64),
  vedtaksdato       DATE,
  bilde_dokument_id VARCHAR(100),
  sms_id            VARCHAR(100),
  opprettet         TIMESTAMP WITH TIME ZONE NOT NULL,
  opprettet_av      VARCHAR(64)  NOT NULL
);
CREATE INDEX caseletter_case_group_idx ON caseletter_case (kommunenummer, gruppe_id, opprettet);
CREATE INDEX caseletter_case_fnr_idx ON caseletter_case (fnr);

-- The photo apart from the case, so that searches never load it.
CREATE TABLE caseletter_photo (
  saks_id     VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES caseletter_case (saks_id),
  mime_type   VARCHAR(20)  NOT NULL,
  innhold     BYTEA        NOT NULL,
  lastet_opp  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The decision letter as sent, and how far SvarUt has got with it.
CREATE TABLE caseletter_letter (
  saks_id          VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES caseletter_case (saks_id),
  filnavn          VARCHAR(200) NOT NULL,
  innhold          BYTEA        NOT NULL,
  laget            TIMESTAMP WITH TIME ZONE NOT NULL,
  svarut_konto_id  VARCHAR(100),
  forsendelse_id   VARCHAR(100),
  status           VARCHAR(30),
  status_endret    TIMESTAMP WITH TIME ZONE
);

-- The case history, modelled on KS's own events.
CREATE TABLE caseletter_event (
  id          VARCHAR(36)  NOT NULL PRIMARY KEY,
  saks_id     VARCHAR(36)  NOT NULL REFERENCES caseletter_case (saks_id),
  hendelse    VARCHAR(40)  NOT NULL,
  tidspunkt   TIMESTAMP WITH TIME ZONE NOT NULL,
  utfort_av   VARCHAR(64),
  beskrivelse VARCHAR(500)
);
CREATE INDEX caseletter_event_case_idx ON caseletter_event (saks_id, tidspunkt);
