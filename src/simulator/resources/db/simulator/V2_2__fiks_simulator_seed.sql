-- Seed data of the Fiks simulator. Also run by POST /fiks-simulator/api/reset after the sim_ tables are emptied.
-- Other features rely on these exact values (docs/fiks.md).
INSERT INTO sim_kommune (kommunenummer, fiks_org_id, organisasjonsnummer, navn) VALUES
  ('0301', '525fbe03-a761-43d6-99ad-53c8c2668033', '958935420', 'Oslo kommune'),
  ('4601', 'aea384a3-c301-44d6-853c-8461c7ec11c7', '964338531', 'Bergen kommune'),
  ('5001', 'bbcc5dff-f21f-4bcf-bbf2-8e9faee6cf39', '942110464', 'Trondheim kommune'),
  ('1108', '8f960a6a-d710-4bfc-9f28-ccc643d11fd3', '964965226', 'Sandnes kommune'),
  ('3905', '5606b34d-d0cf-4b20-be89-c9c4fd3f793c', '817263992', 'Tønsberg kommune');

INSERT INTO sim_kommune_tjeneste (fiks_org_id, tjeneste) VALUES
  ('525fbe03-a761-43d6-99ad-53c8c2668033', 'SVARUT'),
  ('525fbe03-a761-43d6-99ad-53c8c2668033', 'REGISTER'),
  ('525fbe03-a761-43d6-99ad-53c8c2668033', 'DOKUMENTLAGER'),
  ('aea384a3-c301-44d6-853c-8461c7ec11c7', 'SVARUT'),
  ('aea384a3-c301-44d6-853c-8461c7ec11c7', 'REGISTER'),
  ('aea384a3-c301-44d6-853c-8461c7ec11c7', 'DOKUMENTLAGER'),
  ('bbcc5dff-f21f-4bcf-bbf2-8e9faee6cf39', 'SVARUT'),
  ('bbcc5dff-f21f-4bcf-bbf2-8e9faee6cf39', 'REGISTER'),
  ('bbcc5dff-f21f-4bcf-bbf2-8e9faee6cf39', 'DOKUMENTLAGER'),
  ('8f960a6a-d710-4bfc-9f28-ccc643d11fd3', 'SVARUT'),
  ('8f960a6a-d710-4bfc-9f28-ccc643d11fd3', 'REGISTER'),
  ('8f960a6a-d710-4bfc-9f28-ccc643d11fd3', 'DOKUMENTLAGER'),
  ('5606b34d-d0cf-4b20-be89-c9c4fd3f793c', 'SVARUT'),
  ('5606b34d-d0cf-4b20-be89-c9c4fd3f793c', 'REGISTER');

INSERT INTO sim_svarut_konto (konto_id, fiks_org_id, navn, aktiv) VALUES
  ('5cad9d80-4c7b-4c14-8669-3d0c1a8b79c4', '525fbe03-a761-43d6-99ad-53c8c2668033', 'Digitalt ledsagerbevis', TRUE),
  ('c0a0792c-9027-4ff0-b956-5b88b6baabed', '525fbe03-a761-43d6-99ad-53c8c2668033', 'Sentral postmottak', TRUE),
  ('3ca8937d-0283-483c-9b43-8de6bb0a17ff', 'aea384a3-c301-44d6-853c-8461c7ec11c7', 'Digitalt ledsagerbevis', TRUE),
  ('37cb39df-88db-4a1b-ba94-e8aa0ad502fd', 'bbcc5dff-f21f-4bcf-bbf2-8e9faee6cf39', 'Digitalt ledsagerbevis', TRUE),
  ('f9e76686-3f18-47db-960d-7167a7c4ca89', 'bbcc5dff-f21f-4bcf-bbf2-8e9faee6cf39', 'Helse og velferd', TRUE),
  ('34f0671f-d849-4c30-a49c-f8faf5962074', '8f960a6a-d710-4bfc-9f28-ccc643d11fd3', 'Sandnes kommune postmottak', TRUE),
  ('e148a689-49fa-4ef4-91cb-0de0b44f4e7c', '5606b34d-d0cf-4b20-be89-c9c4fd3f793c', 'Tønsberg kommune utgående post', TRUE);

-- Synthetic fødselsnummer (month + 80). 01819000553 is valid but deliberately absent (404).
INSERT INTO sim_person (fnr, fornavn, mellomnavn, etternavn, adressenavn, husnummer, husbokstav, postnummer, poststed, kommunenummer, adressebeskyttelse, digital_postkasse) VALUES
  ('15838500002', 'Kari', NULL, 'Nordmann', 'Storgata', '1', NULL, '0155', 'OSLO', '0301', 'UGRADERT', TRUE),
  ('15838500193', 'Sigrid', NULL, 'Skjermet', NULL, NULL, NULL, NULL, NULL, NULL, 'STRENGT_FORTROLIG', TRUE),
  ('15838500274', 'Per', NULL, 'Hansen', 'Trondheimsveien', '100', NULL, '0565', 'OSLO', '0301', 'UGRADERT', FALSE),
  ('15838500355', 'Ingrid', NULL, 'Bergersen', 'Bryggen', '5', NULL, '5003', 'BERGEN', '4601', 'UGRADERT', FALSE),
  ('15838500436', 'Ahmed', NULL, 'Ali', 'Munkegata', '10', NULL, '7013', 'TRONDHEIM', '5001', 'FORTROLIG', TRUE),
  ('01819000049', 'Nora', NULL, 'Olsen', 'Langgata', '10', NULL, '4306', 'SANDNES', '1108', 'UGRADERT', TRUE),
  ('01819000200', 'Lars', NULL, 'Johansen', 'Storgaten', '20', NULL, '3126', 'TØNSBERG', '3905', 'UGRADERT', FALSE),
  ('24039200054', 'Emma', NULL, 'Larsen', 'Kongens gate', '3', 'B', '7011', 'TRONDHEIM', '5001', 'UGRADERT', TRUE),
  ('12127500140', 'Olav', 'Kristian', 'Berg', 'Karl Johans gate', '22', NULL, '0159', 'OSLO', '0301', 'UGRADERT', FALSE);
