package io.zhengwu;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.junit.jupiter.api.*;

/** Every conformance vector through the C ABI from Java, plus threads and the typed calls. */
class VectorsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path ROOT = Paths.get(System.getProperty("zhengwu.vectors"));

  /** One vector: its file, its index there, its JSON. */
  static final class Case {
    final String file;
    final int index;
    final JsonNode v;

    Case(String file, int index, JsonNode v) {
      this.file = file;
      this.index = index;
      this.v = v;
    }
  }

  static List<Case> cases() throws Exception {
    List<String> files;
    try (Stream<Path> s = Files.walk(ROOT)) {
      files = s.filter(p -> p.toString().endsWith(".json")).map(p -> ROOT.relativize(p).toString().replace('\\', '/')).sorted().collect(java.util.stream.Collectors.toList());
    }
    List<Case> out = new ArrayList<>();
    for (String f : files) {
      JsonNode list = JSON.readTree(new String(Files.readAllBytes(ROOT.resolve(f)), StandardCharsets.UTF_8));
      for (int i = 0; i < list.size(); i++) {
        out.add(new Case(f, i, list.get(i)));
      }
    }
    return out;
  }

  static String input(JsonNode v) throws Exception {
    return v.has("input_raw") ? v.get("input_raw").asText() : JSON.writeValueAsString(v.get("input"));
  }

  @TestFactory
  Stream<DynamicTest> everyVector() throws Exception {
    Engine shared = new Engine();
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.file + "#" + c.index + " " + c.v.path("name").asText(), () -> {
      Engine engine = shared;
      try {
        if (c.v.has("config")) {
          engine = new Engine(JSON.writeValueAsString(c.v.get("config")));
        }
        final Engine e0 = engine;
        if (c.v.has("expect")) {
          String out = engine.callJson(c.v.get("op").asText(), input(c.v));
          assertEquals(c.v.get("expect"), JSON.readTree(out));
        } else {
          ZhengwuException e = assertThrows(ZhengwuException.class, () -> e0.callJson(c.v.get("op").asText(), input(c.v)));
          assertEquals(c.v.get("error").asText(), e.code());
          if (c.v.has("path")) {
            assertEquals(c.v.get("path").asText(), e.path());
          }
        }
      } catch (ZhengwuException e) {
        // Engine construction itself may be the expected error (configuration vectors).
        assertTrue(c.v.has("error"), "unexpected error " + e.getMessage());
        assertEquals(c.v.get("error").asText(), e.code());
      } finally {
        if (engine != shared) {
          engine.close();
        }
      }
    }));
  }

  @Test
  void eightThreadsShareOneEngine() throws Exception {
    try (Engine engine = new Engine()) {
      List<String> inputs = IntStream.range(0, 2000)
          .mapToObj(i -> String.format("{\"date\":\"2024-%02d-%02d\",\"days\":%d}", 1 + i % 12, 1 + i % 28, i % 121 - 60))
          .collect(java.util.stream.Collectors.toList());
      List<String> expected = inputs.stream().map(i -> engine.callJson("calendar.add_workdays", i)).collect(java.util.stream.Collectors.toList());
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> inputs.stream().map(i -> engine.callJson("calendar.add_workdays", i)).collect(java.util.stream.Collectors.toList())));
      }
      for (Future<List<String>> f : results) {
        assertEquals(expected, f.get());
      }
      pool.shutdown();
    }
  }

  @Test
  void typedCallsAgreeWithJson() {
    try (Engine engine = new Engine()) {
      assertEquals(20241008, engine.addWorkdays(20240930, 1));
      assertFalse(engine.isWorkday(20240210));
      assertTrue(engine.isWorkday(20240204));
      assertEquals(-1, engine.workdaysBetween(20241008, 20240930));
      ZhengwuException e = assertThrows(ZhengwuException.class, () -> engine.addWorkdays(20261230, 10));
      assertEquals("calendar.out_of_range", e.code());
      assertTrue(Engine.isValidResidentId("11010519491231002X"));
      assertFalse(Engine.isValidResidentId("110105194912310021"));
      assertTrue(Engine.isValidUscc("91350100M000100Y43"));
    }
  }

  @Test
  void closedEngineRefusesCalls() {
    Engine engine = new Engine();
    engine.close();
    engine.close();
    assertThrows(IllegalStateException.class, () -> engine.callJson("meta.version", "{}"));
  }

  @Test
  void badConfigurationCarriesCodeAndPath() {
    ZhengwuException e = assertThrows(ZhengwuException.class, () -> new Engine("{\"policy\":\"nowhere\"}"));
    assertEquals("config.unknown_profile", e.code());
    assertEquals("policy", e.path());
  }

  @Test
  void datesAsLocalDateAndErrorsWithCodeAndPath() {
    try (Engine engine = new Engine()) {
      assertEquals(java.time.LocalDate.of(2024, 10, 8), engine.addWorkdays(java.time.LocalDate.of(2024, 9, 30), 1));
      assertTrue(engine.isWorkday(java.time.LocalDate.of(2024, 2, 4)));
      assertEquals(17, engine.workdaysBetween(java.time.LocalDate.of(2024, 2, 1), java.time.LocalDate.of(2024, 2, 29)));
      ZhengwuException e = assertThrows(ZhengwuException.class, () -> engine.callJson("calendar.day", "{\"date\":\"2024-02-30\"}"));
      assertEquals("input.invalid_date", e.getCode());
      assertEquals("date", e.getPath());
      assertTrue(e.getMessage().contains("不是 YYYY-MM-DD 格式的有效日期"), e.getMessage());
    }
  }
}
