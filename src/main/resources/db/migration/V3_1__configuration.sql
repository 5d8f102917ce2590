-- Settings of each municipality (K7-K12), written by the configuration process and PUT /api/v1/kommuner/{k}.
CREATE TABLE cfg_settings (
  kommunenummer    VARCHAR(4)   NOT NULL PRIMARY KEY,
  fiks_org_id      VARCHAR(100) NOT NULL,
  svarut_konto_id  VARCHAR(100) NOT NULL,
  postadressenavn  VARCHAR(200) NOT NULL,
  postnummer       VARCHAR(4)   NOT NULL,
  poststed         VARCHAR(100) NOT NULL,
  telefon          VARCHAR(8)   NOT NULL,
  utsending_brev   VARCHAR(20)  NOT NULL,
  spraak           VARCHAR(10)  NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Key persons told about new functionality, upgrades and planned downtime (K10); at most 20 per municipality.
CREATE TABLE cfg_contact_person (
  kommunenummer VARCHAR(4)   NOT NULL REFERENCES cfg_settings (kommunenummer),
  sort_order    INTEGER      NOT NULL,
  epost         VARCHAR(254) NOT NULL,
  PRIMARY KEY (kommunenummer, sort_order),
  CONSTRAINT uq_cfg_contact_person UNIQUE (kommunenummer, epost)
);

-- The register role, dokumentlager account and varsling account created (or reused) in Fiks (K9).
CREATE TABLE cfg_fiks_resource (
  kommunenummer VARCHAR(4)   NOT NULL,
  resource_type VARCHAR(30)  NOT NULL,
  resource_id   VARCHAR(100) NOT NULL,
  created_new   BOOLEAN      NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (kommunenummer, resource_type)
);

-- Audit trail of every settings change: who, when, which field, old and new value. No personal data
-- beyond the administrator's user id (contact persons are logged as counts, not addresses).
CREATE TABLE cfg_settings_change (
  id            VARCHAR(36)  NOT NULL PRIMARY KEY,
  kommunenummer VARCHAR(4)   NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(64)  NOT NULL,
  source        VARCHAR(20)  NOT NULL,
  field         VARCHAR(64)  NOT NULL,
  old_value     VARCHAR(400),
  new_value     VARCHAR(400)
);

CREATE INDEX ix_cfg_settings_change_kommune ON cfg_settings_change (kommunenummer, changed_at);
