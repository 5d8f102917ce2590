package no.ledsagerbevis.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario 3's data, generated once into a database the application has started on (demo profile): open assessment
 * tasks and finished instances cloned with {@code generate_series} from one of the demo's real instances, so that every
 * row has the shape the engine wrote itself (execution, task, candidate-group identity link, the group's task
 * authorization, variables, history, our case row). Groups, tenants, tenant memberships, filters and group grants are
 * cloned from the demo group the same way. All in one transaction, recorded in {@code bench_scale_info}: a half-made
 * database is never taken for a complete one.
 */
final class ScaleData {

  static final String TEMPLATE_GROUP = FullCaseScenario.GRUPPE;
  private static final String[] FORNAVN = {"Kari", "Ola", "Ingrid", "Per", "Anne", "Lars", "Sigrid", "Nils", "Marit",
      "Jon", "Astrid", "Knut", "Liv", "Bjørn", "Randi", "Arne", "Solveig", "Odd", "Hilde", "Geir"};
  private static final String[] ETTERNAVN = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
      "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
      "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Henriksen", "Lund", "Halvorsen", "Sørensen",
      "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand"};

  /** Raised when the generated data changes shape, so that an older database is generated anew. */
  private static final int LAYOUT = 3;

  private final int tasks;
  private final int groups;
  private final int municipalities;
  private final int finished;

  ScaleData(BenchmarkSettings settings) {
    this.tasks = settings.scaleTasks();
    this.groups = settings.scaleGroups();
    this.municipalities = settings.scaleMunicipalities();
    this.finished = settings.scaleFinished();
  }

  String description() {
    return String.format(Locale.ROOT, "%,d open assessment tasks over %,d groups in %d municipalities, %,d finished instances",
        tasks, groups, municipalities, finished);
  }

  boolean isComplete(Connection c) throws SQLException {
    if (!Pg.tableExists(c, "bench_scale_info") || Pg.queryLong(c, "SELECT COUNT(*) FROM information_schema.columns "
        + "WHERE table_name = 'bench_scale_info' AND column_name = 'layout'") == 0) {
      return false;
    }
    return Pg.queryLong(c, "SELECT COUNT(*) FROM bench_scale_info WHERE tasks = ? AND groups_ = ? AND municipalities = ? "
        + "AND finished = ? AND layout = ?", tasks, groups, municipalities, finished, LAYOUT) == 1;
  }

  void generate(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      String tplTask = one(s, "SELECT t.id_ FROM act_ru_task t JOIN act_ru_identitylink l ON l.task_id_ = t.id_ "
          + "WHERE t.task_def_key_ = 'Task_AssessApplication' AND l.group_id_ = '" + TEMPLATE_GROUP + "' ORDER BY t.id_ LIMIT 1");
      String tplInstance = one(s, "SELECT proc_inst_id_ FROM act_ru_task WHERE id_ = '" + tplTask + "'");
      String tplCase = one(s, "SELECT business_key_ FROM act_ru_execution WHERE id_ = '" + tplInstance + "'");
      String tplFilter = one(s, "SELECT id_ FROM act_ru_filter WHERE query_ LIKE '%\"" + TEMPLATE_GROUP + "\"%' LIMIT 1");

      s.execute("CREATE TABLE IF NOT EXISTS bench_scale_info (tasks INTEGER, groups_ INTEGER, municipalities INTEGER, "
          + "finished INTEGER, layout INTEGER, generated TIMESTAMP WITH TIME ZONE)");
      s.execute("DELETE FROM bench_scale_info");
      s.execute("CREATE TEMP TABLE bench_groups (idx INTEGER PRIMARY KEY, gruppe_id VARCHAR(64), kommunenummer VARCHAR(4), "
          + "tenant VARCHAR(64), filter_id VARCHAR(64)) ON COMMIT DROP");
      List<String> codes = municipalityCodes();
      int perMunicipality = groups / municipalities;
      StringBuilder rows = new StringBuilder();
      for (int idx = 0; idx < groups; idx++) {
        String k = codes.get(Math.min(idx / perMunicipality, codes.size() - 1));
        String gruppe = idx == 0 ? TEMPLATE_GROUP : idx == 1 && k.equals("0301") ? "0301-avdeling-2" : k + "-gruppe-" + idx;
        rows.append(rows.isEmpty() ? "" : ",").append(String.format("(%d,'%s','%s','kommune%s',md5('filter-%d')::uuid::text)",
            idx, gruppe, k, k, idx));
      }
      s.execute("INSERT INTO bench_groups VALUES " + rows);
      s.execute("UPDATE bench_groups SET filter_id = '" + tplFilter + "' WHERE idx = 0");
      s.execute("UPDATE bench_groups g SET filter_id = f.id_ FROM act_ru_filter f WHERE g.idx > 0 "
          + "AND f.query_ LIKE '%\"' || g.gruppe_id || '\"%'");

      // Tenants, groups, tenant memberships, filters and group grants for the groups the demo does not have.
      s.execute("INSERT INTO act_id_tenant (id_, rev_, name_) SELECT DISTINCT tenant, 1, 'Kommune ' || kommunenummer "
          + "FROM bench_groups WHERE tenant NOT IN (SELECT id_ FROM act_id_tenant)");
      s.execute("CREATE TEMP TABLE bench_new_groups ON COMMIT DROP AS SELECT * FROM bench_groups "
          + "WHERE gruppe_id NOT IN (SELECT id_ FROM act_id_group)");
      s.execute("INSERT INTO act_id_group (id_, rev_, name_, type_) SELECT n.gruppe_id, 1, 'Gruppe ' || n.idx, t.type_ "
          + "FROM bench_new_groups n, act_id_group t WHERE t.id_ = '" + TEMPLATE_GROUP + "'");
      s.execute("INSERT INTO act_id_tenant_member (id_, tenant_id_, user_id_, group_id_) "
          + "SELECT md5('tm-' || n.idx)::uuid::text, n.tenant, NULL, n.gruppe_id FROM bench_new_groups n");
      s.execute("INSERT INTO act_ru_filter (id_, rev_, resource_type_, name_, owner_, query_, properties_) "
          + "SELECT n.filter_id, 1, f.resource_type_, 'Gruppe ' || n.idx || ' – oppgaver', f.owner_, "
          + "replace(f.query_, '\"" + TEMPLATE_GROUP + "\"', '\"' || n.gruppe_id || '\"'), f.properties_ "
          + "FROM bench_new_groups n, act_ru_filter f WHERE f.id_ = '" + tplFilter + "'");
      clone(s, "act_ru_authorization", "t.group_id_ = '" + TEMPLATE_GROUP + "' AND t.resource_type_ <> 7",
          "bench_new_groups", "':g' || s.idx", Map.of(
              "group_id_", "s.gruppe_id",
              "resource_id_", "CASE WHEN t.resource_id_ = '" + tplFilter + "' THEN s.filter_id ELSE t.resource_id_ END"));

      // Open cases: one instance each, waiting in «Vurder søknad».
      s.execute(series("bench_open", tasks, "'open-'", "now() - (g * interval '7 seconds')"));
      String open = "':o' || s.g";
      Map<String, String> runtime = Map.of("business_key_", "s.saks_id", "tenant_id_", "s.tenant",
          "create_time_", "s.created", "start_time_", "s.created");
      clone(s, "act_ru_execution", "t.proc_inst_id_ = '" + tplInstance + "'", "bench_open", open, runtime);
      clone(s, "act_ru_task", "t.proc_inst_id_ = '" + tplInstance + "'", "bench_open", open, runtime);
      clone(s, "act_ru_identitylink", "t.task_id_ = '" + tplTask + "'", "bench_open", open, Map.of(
          "group_id_", "CASE WHEN t.group_id_ = '" + TEMPLATE_GROUP + "' THEN s.gruppe_id ELSE t.group_id_ END",
          "tenant_id_", "s.tenant"));
      clone(s, "act_ru_authorization", "t.resource_type_ = 7 AND t.resource_id_ = '" + tplTask + "'", "bench_open", open,
          Map.of("group_id_", "CASE WHEN t.group_id_ = '" + TEMPLATE_GROUP + "' THEN s.gruppe_id ELSE t.group_id_ END",
              "resource_id_", newId("t.resource_id_", open)));
      clone(s, "act_ru_variable", "t.proc_inst_id_ = '" + tplInstance + "' AND t.bytearray_id_ IS NULL", "bench_open", open,
          Map.of("tenant_id_", "s.tenant", "text_", "CASE t.name_ WHEN 'saksId' THEN s.saks_id WHEN 'gruppeId' THEN "
              + "s.gruppe_id WHEN 'kommunenummer' THEN s.kommunenummer ELSE t.text_ END"));
      // Their history as the engine wrote it: variables and activities (a process change updates both).
      clone(s, "act_hi_varinst", "t.proc_inst_id_ = '" + tplInstance + "' AND t.bytearray_id_ IS NULL", "bench_open",
          open, Map.of("tenant_id_", "s.tenant", "text_", "CASE t.name_ WHEN 'saksId' THEN s.saks_id WHEN 'gruppeId' "
              + "THEN s.gruppe_id WHEN 'kommunenummer' THEN s.kommunenummer ELSE t.text_ END"));
      clone(s, "act_hi_actinst", "t.proc_inst_id_ = '" + tplInstance + "'", "bench_open", open,
          Map.of("tenant_id_", "s.tenant"));
      Map<String, String> history = Map.of("business_key_", "s.saks_id", "tenant_id_", "s.tenant",
          "start_time_", "s.created");
      clone(s, "act_hi_procinst", "t.proc_inst_id_ = '" + tplInstance + "'", "bench_open", open, history);
      clone(s, "act_hi_taskinst", "t.proc_inst_id_ = '" + tplInstance + "' AND t.task_def_key_ = 'Task_AssessApplication'",
          "bench_open", open, history);
      cloneCases(s, tplCase, "bench_open", false);

      // Finished cases: approved, letter delivered, history only.
      s.execute(series("bench_done", finished, "'done-'", "now() - interval '1 day' - (g * interval '2 minutes')"));
      String done = "':d' || s.g";
      Map<String, String> ended = new LinkedHashMap<>(history);
      ended.put("end_time_", "s.created + interval '3 days'");
      ended.put("duration_", "259200000");
      ended.put("state_", "'COMPLETED'");
      ended.put("end_act_id_", "'EndEvent_LetterDelivered'");
      ended.put("removal_time_", "s.created + interval '183 days'");
      ended.put("delete_reason_", "'completed'");
      ended.put("assignee_", "'ina'");
      clone(s, "act_hi_procinst", "t.proc_inst_id_ = '" + tplInstance + "'", "bench_done", done, ended);
      clone(s, "act_hi_taskinst", "t.proc_inst_id_ = '" + tplInstance + "' AND t.task_def_key_ = 'Task_AssessApplication'",
          "bench_done", done, ended);
      cloneCases(s, tplCase, "bench_done", true);

      s.execute("INSERT INTO bench_scale_info VALUES (" + tasks + ", " + groups + ", " + municipalities + ", " + finished
          + ", " + LAYOUT + ", now())");
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  /** A temporary table of n cases: their group (round robin), case id, applicant and creation time. */
  private String series(String name, int n, String saksSalt, String created) {
    return "CREATE TEMP TABLE " + name + " ON COMMIT DROP AS SELECT g, grp.gruppe_id, grp.kommunenummer, grp.tenant, "
        + "md5(" + saksSalt + " || g)::uuid::text AS saks_id, '4' || lpad(g::text, 10, '0') AS fnr, "
        + "(" + array(FORNAVN) + ")[1 + (g + (g - 1) / " + groups + ") % " + FORNAVN.length + "] AS fornavn, "
        + "(" + array(ETTERNAVN) + ")[1 + (7 * (g + (g - 1) / " + groups + ")) % " + ETTERNAVN.length + "] AS etternavn, "
        + created + " AS created FROM generate_series(1, " + n + ") g "
        + "JOIN bench_groups grp ON grp.idx = (g - 1) % " + groups;
  }

  private static void cloneCases(Statement s, String tplCase, String series, boolean finished) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>(Map.of("saks_id", "s.saks_id", "gruppe_id", "s.gruppe_id",
        "kommunenummer", "s.kommunenummer", "fnr", "s.fnr", "fornavn", "s.fornavn", "mellomnavn", "NULL",
        "etternavn", "s.etternavn", "opprettet", "s.created", "referansenummer", "'SKALA-' || s.g"));
    if (finished) {
      columns.put("status", "'AKTIV'");
      columns.put("vedtak", "'INNVILGET'");
      columns.put("saksbehandler", "'ina'");
      columns.put("vedtaksdato", "CAST(s.created AS DATE)");
    }
    clone(s, "caseletter_case", "t.saks_id = '" + tplCase + "'", series, null, columns);
  }

  /**
   * INSERT ... SELECT from the template rows crossed with the series: instance-scoped ids become
   * md5(old id || salt) as a UUID (the same old id maps to the same new id in every table), overridden columns take
   * their expression, the rest is copied.
   */
  private static void clone(Statement s, String table, String where, String series, String salt,
      Map<String, String> overrides) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '" + table
        + "' ORDER BY ordinal_position")) {
      while (rs.next()) {
        columns.add(rs.getString(1));
      }
    }
    List<String> exprs = new ArrayList<>();
    for (String column : columns) {
      if (overrides.containsKey(column)) {
        exprs.add(overrides.get(column));
      } else if (salt != null && INSTANCE_IDS.contains(column)) {
        exprs.add(newId("t." + column, salt));
      } else {
        exprs.add("t." + column);
      }
    }
    long start = System.nanoTime();
    int rows = s.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
        + String.join(", ", exprs) + " FROM " + table + " t CROSS JOIN " + series + " s WHERE " + where);
    System.out.printf(Locale.ROOT, "[scale] %s: %,d rows in %.1f s%n", table, rows, (System.nanoTime() - start) / 1e9);
  }

  private static final List<String> INSTANCE_IDS = List.of("id_", "proc_inst_id_", "root_proc_inst_id_", "parent_id_",
      "execution_id_", "task_id_", "act_inst_id_", "parent_act_inst_id_", "super_exec_", "var_scope_", "parent_task_id_");

  private static String newId(String column, String salt) {
    return "CASE WHEN " + column + " IS NULL THEN NULL ELSE md5(" + column + " || " + salt + ")::uuid::text END";
  }

  private static String array(String[] values) {
    StringBuilder b = new StringBuilder("ARRAY[");
    for (int i = 0; i < values.length; i++) {
      b.append(i == 0 ? "" : ",").append('\'').append(values[i]).append('\'');
    }
    return b.append("]").toString();
  }

  private static String one(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("Scale data template missing: " + sql);
      }
      return rs.getString(1);
    }
  }

  /** Oslo first, then the next municipalities of the official list. */
  private List<String> municipalityCodes() {
    List<String> codes = new ArrayList<>(List.of("0301"));
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        ScaleData.class.getClassLoader().getResourceAsStream("kommune/kommuner-2024.csv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null && codes.size() < municipalities) {
        String code = line.split(";")[0];
        if (code.matches("\\d{4}") && !codes.contains(code)) {
          codes.add(code);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return codes;
  }
}
