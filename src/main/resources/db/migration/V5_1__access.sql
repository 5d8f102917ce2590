-- Access control: our record of municipalities, user groups, memberships and active groups.
-- Camunda's identity tables are a projection of these (see access.CamundaMembershipSync).

CREATE TABLE access_municipality (
  kommunenummer VARCHAR(4) PRIMARY KEY,
  kommunenavn VARCHAR(200) NOT NULL,
  admin_filter_id VARCHAR(64) NOT NULL,
  created TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE access_user_group (
  gruppe_id VARCHAR(64) PRIMARY KEY,
  kommunenummer VARCHAR(4) NOT NULL,
  gruppenavn VARCHAR(200) NOT NULL,
  navn_nokkel VARCHAR(200) NOT NULL,
  filter_id VARCHAR(64) NOT NULL,
  created TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT access_user_group_name_unique UNIQUE (kommunenummer, navn_nokkel)
);

-- Memberships of user groups and of a municipality's administrator group (administrator = true).
CREATE TABLE access_membership (
  gruppe_id VARCHAR(64) NOT NULL,
  brukernavn VARCHAR(64) NOT NULL,
  kommunenummer VARCHAR(4) NOT NULL,
  administrator BOOLEAN NOT NULL,
  created TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (gruppe_id, brukernavn)
);
CREATE INDEX access_membership_user ON access_membership (brukernavn);

-- The one user group a member of several groups works in right now (K16).
CREATE TABLE access_active_group (
  brukernavn VARCHAR(64) PRIMARY KEY,
  gruppe_id VARCHAR(64) NOT NULL,
  changed TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who changed access, when and what. Ids only: no names or passwords.
CREATE TABLE access_audit (
  id VARCHAR(36) PRIMARY KEY,
  kommunenummer VARCHAR(4) NOT NULL,
  tidspunkt TIMESTAMP WITH TIME ZONE NOT NULL,
  utfort_av VARCHAR(64) NOT NULL,
  handling VARCHAR(40) NOT NULL,
  gruppe_id VARCHAR(64),
  brukernavn VARCHAR(64)
);
CREATE INDEX access_audit_kommune ON access_audit (kommunenummer, tidspunkt);
