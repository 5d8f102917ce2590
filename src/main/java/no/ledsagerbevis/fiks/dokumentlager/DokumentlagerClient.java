package no.ledsagerbevis.fiks.dokumentlager;

/** Fiks dokumentlager: upload a document to the municipality's account, download it by id. */
public interface DokumentlagerClient {

  /** @return the document id dokumentlager assigned */
  String lastOpp(String fiksOrgId, String kontoId, DokumentMetadata metadata, byte[] innhold);

  byte[] lastNed(String dokumentId);
}
