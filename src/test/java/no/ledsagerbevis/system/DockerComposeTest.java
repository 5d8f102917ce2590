package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs on the build machines, so the compose file's wiring is checked here. */
class DockerComposeTest {

  @SuppressWarnings("unchecked")
  private Map<String, Object> service(String name) throws IOException {
    try (Reader reader = new FileReader(new File("docker-compose.yml"))) {
      Map<String, Object> compose = new Yaml().load(reader);
      return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void postgresIsVersion15WithANamedVolumeAndAHealthCheck() throws IOException {
    Map<String, Object> postgres = service("postgres");
    assertThat(postgres.get("image")).isEqualTo("postgres:15");
    assertThat((List<String>) postgres.get("volumes")).anySatisfy(v -> assertThat(v).startsWith("postgres-data:"));
    assertThat((Map<String, Object>) postgres.get("healthcheck")).containsKey("test");
  }

  @Test
  @SuppressWarnings("unchecked")
  void appRunsTheProdProfileOnPostgresOnceItIsHealthy() throws IOException {
    Map<String, Object> app = service("app");
    Map<String, Object> build = (Map<String, Object>) app.get("build");
    assertThat(Path.of((String) build.get("dockerfile"))).exists();
    assertThat(Files.readString(Path.of((String) build.get("dockerfile")))).contains("FROM eclipse-temurin:17-jre");
    assertThat(((Map<String, Map<String, String>>) app.get("depends_on")).get("postgres"))
        .containsEntry("condition", "service_healthy");
    Map<String, String> env = (Map<String, String>) app.get("environment");
    assertThat(env.get("SPRING_PROFILES_ACTIVE")).contains("prod");
    assertThat(env.get("LEDSAGERBEVIS_DB_URL")).startsWith("jdbc:postgresql://postgres:5432/");
    assertThat(env).containsKeys("LEDSAGERBEVIS_DB_USER", "LEDSAGERBEVIS_DB_PASSWORD", "LEDSAGERBEVIS_ADMIN_PASSWORD");
  }

  @Test
  void everyEnvironmentVariableOfTheAppIsReadByTheConfiguration() throws IOException {
    String config = Files.readString(Path.of("src/main/resources/application.yml"))
        + Files.readString(Path.of("src/main/resources/application-prod.yml"));
    for (String variable : ((Map<String, String>) serviceEnvironment()).keySet()) {
      if (!variable.equals("SPRING_PROFILES_ACTIVE")) {
        assertThat(config).as(variable).contains("${" + variable);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> serviceEnvironment() throws IOException {
    return (Map<String, String>) service("app").get("environment");
  }
}
