-- When a case was first seen closed (not AKTIV, and no process of it running); the retention period after
-- closing counts from here (docs/retention.md).
ALTER TABLE caseletter_case ADD COLUMN avsluttet TIMESTAMP WITH TIME ZONE;
CREATE INDEX caseletter_case_retention_idx ON caseletter_case (status, avsluttet);

-- What remains of a deleted case: its ids and outcome, no personal data. Lets an administrator or operator
-- see that a case existed and when and why it was deleted.
CREATE TABLE caseletter_deleted_case (
  saks_id        VARCHAR(36)  NOT NULL PRIMARY KEY,
  kommunenummer  VARCHAR(4)   NOT NULL,
  gruppe_id      VARCHAR(64)  NOT NULL,
  status         VARCHAR(30)  NOT NULL,
  vedtak         VARCHAR(20),
  opprettet      TIMESTAMP WITH TIME ZONE NOT NULL,
  slettet        TIMESTAMP WITH TIME ZONE NOT NULL,
  grunn          VARCHAR(40)  NOT NULL,
  slettet_av     VARCHAR(64)
);
CREATE INDEX caseletter_deleted_case_kommune_idx ON caseletter_deleted_case (kommunenummer, slettet);
