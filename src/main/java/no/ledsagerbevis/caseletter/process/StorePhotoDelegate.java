package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.PhotoStorageService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_StorePhoto}. */
@Component
public class StorePhotoDelegate implements JavaDelegate {

  private final PhotoStorageService photos;

  StorePhotoDelegate(PhotoStorageService photos) {
    this.photos = photos;
  }

  @Override
  public void execute(DelegateExecution execution) {
    photos.store(execution.getProcessBusinessKey());
  }
}
