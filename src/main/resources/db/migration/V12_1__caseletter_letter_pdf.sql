-- The letter's PDF apart from its sending state, so that status polls and the case API never load it.
CREATE TABLE caseletter_letter_pdf (
  saks_id  VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES caseletter_letter (saks_id),
  innhold  BYTEA        NOT NULL
);
INSERT INTO caseletter_letter_pdf (saks_id, innhold) SELECT saks_id, innhold FROM caseletter_letter;
ALTER TABLE caseletter_letter DROP COLUMN innhold;
