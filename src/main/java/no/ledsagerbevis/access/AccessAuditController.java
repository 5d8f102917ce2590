package no.ledsagerbevis.access;

import java.util.List;
import no.ledsagerbevis.validation.Kommunenummer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Who changed the municipality's access, when and what: the newest 500 changes, for its administrators. */
@RestController
class AccessAuditController {

  private static final int LIMIT = 500;

  private final MunicipalityAccess access;
  private final AccessAudit audit;

  AccessAuditController(MunicipalityAccess access, AccessAudit audit) {
    this.access = access;
    this.audit = audit;
  }

  @GetMapping("/api/v1/kommuner/{kommunenummer}/tilgangslogg")
  List<AccessAudit.Entry> latest(@PathVariable String kommunenummer) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    return audit.latest(kommunenummer, LIMIT);
  }
}
