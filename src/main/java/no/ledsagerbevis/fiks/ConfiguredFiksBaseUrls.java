package no.ledsagerbevis.fiks;

import org.springframework.stereotype.Component;

/** The base URLs exactly as configured (the real Fiks platform, or a stub in tests). */
@Component
class ConfiguredFiksBaseUrls implements FiksBaseUrls {

  @Override
  public String resolve(String baseUrl) {
    return FiksBaseUrls.configured(baseUrl);
  }
}
