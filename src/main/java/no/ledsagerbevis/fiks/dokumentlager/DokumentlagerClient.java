package no.ledsagerbevis.fiks.dokumentlager;

/** Fiks dokumentlager: upload a document to the municipality's account, download it by id, delete it. */
public interface DokumentlagerClient {

  /** @return the document id dokumentlager assigned */
  String lastOpp(String fiksOrgId, String kontoId, DokumentMetadata metadata, byte[] innhold);

  byte[] lastNed(String dokumentId);

  /** Deletes the document; one that is already gone (404, 410) counts as deleted, so a retry is safe. */
  void slett(String fiksOrgId, String kontoId, String dokumentId);
}
