package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.PhotoStorageService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_StorePhoto}. */
@Component
public class StorePhotoDelegate implements JavaDelegate {

  private final CaseOfInstance caseOfInstance;
  private final PhotoStorageService photos;

  StorePhotoDelegate(CaseOfInstance caseOfInstance, PhotoStorageService photos) {
    this.caseOfInstance = caseOfInstance;
    this.photos = photos;
  }

  @Override
  public void execute(DelegateExecution execution) {
    photos.store(caseOfInstance.of(execution));
  }
}
