package no.ledsagerbevis.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import no.ledsagerbevis.caseletter.CaseFilter;
import no.ledsagerbevis.caseletter.CaseRepository;
import no.ledsagerbevis.caseletter.CompanionCaseService;
import no.ledsagerbevis.caseletter.NewCaseRequest;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo data (profile {@code demo}): once access has created Oslo's groups, a few open cases in each group
 * with synthetic persons (from {@link DemoCaseProperties}) and a photo, ready for a case handler in Tasklist. When Oslo has no settings yet,
 * its configuration process is run first, as its administrator would (SENDE_BREV, a postal address and a
 * phone for the letters' footer). Runs in the background so that start-up is not held up; idempotent.
 */
@Component
@Profile("demo")
class DemoCases {

  private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
  static final String OPPRETTET_AV = "demo";

  private final DemoCaseProperties demoCases;
  private final CompanionCaseService caseService;
  private final CaseRepository cases;
  private final MunicipalitySettingsService settings;
  private final ForvaltningClient forvaltning;
  private final RuntimeService runtimeService;
  private final TaskService taskService;

  DemoCases(DemoCaseProperties demoCases, CompanionCaseService caseService, CaseRepository cases, MunicipalitySettingsService settings,
      ForvaltningClient forvaltning, RuntimeService runtimeService, TaskService taskService) {
    this.demoCases = demoCases;
    this.caseService = caseService;
    this.cases = cases;
    this.settings = settings;
    this.forvaltning = forvaltning;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  @EventListener
  void onAccessReady(DemoAccessReadyEvent event) {
    Thread seeder = new Thread(() -> seed(event), "caseletter-demo");
    seeder.setDaemon(true);
    seeder.start();
  }

  void seed(DemoAccessReadyEvent event) {
    String kommunenummer = event.kommunenummer();
    try {
      if (settings.find(kommunenummer).isEmpty()) {
        new DemoConfiguration(forvaltning, runtimeService, taskService).configure(kommunenummer, "Oslo");
      }
      DemoConfiguration.waitFor(() -> settings.find(kommunenummer).filter(s -> s.registerRolleId() != null
          && s.dokumentlagerKontoId() != null && s.varslingKontoId() != null).isPresent());
      for (String gruppeId : event.gruppeIder()) {
        if (cases.count(kommunenummer, gruppeId, CaseFilter.NONE) == 0) {
          for (NewCaseRequest request : demoCases.casesOf(gruppeId)) {
            String saksId = caseService.open(kommunenummer, gruppeId, request, OPPRETTET_AV);
            caseService.storePhoto(cases.get(saksId), "image/png", photo(), OPPRETTET_AV);
          }
        }
      }
      log.info("Demo cases ready for municipality {}", kommunenummer);
    } catch (RuntimeException e) {
      log.warn("Demo cases for municipality {} were not created: {}", kommunenummer, e.getMessage());
    }
  }

  /** A plain passport-style portrait: a grey silhouette on a light background. */
  static byte[] photo() {
    BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(0xE8, 0xEE, 0xF2));
      g.fillRect(0, 0, 300, 400);
      g.setColor(new Color(0x7A, 0x86, 0x90));
      g.fillOval(95, 70, 110, 130);
      g.fillRoundRect(45, 230, 210, 200, 120, 120);
      g.setStroke(new BasicStroke(4));
      g.drawRect(2, 2, 295, 395);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
