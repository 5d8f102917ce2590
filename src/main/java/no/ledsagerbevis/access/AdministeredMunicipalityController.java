package no.ledsagerbevis.access;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipalities whose access the caller manages («Brukergrupper»): its own as service administrator, every
 * municipality in use for the operator (who creates a municipality's first service administrator after onboarding).
 */
@RestController
class AdministeredMunicipalityController {

  private final MunicipalityRepository municipalities;
  private final MunicipalityAccessService access;

  AdministeredMunicipalityController(MunicipalityRepository municipalities, MunicipalityAccessService access) {
    this.municipalities = municipalities;
    this.access = access;
  }

  @GetMapping("/api/v1/kommuner")
  List<AdministeredMunicipality> administered() {
    return municipalities.all().stream().filter(m -> access.isAdministrator(m.kommunenummer())).toList();
  }
}
