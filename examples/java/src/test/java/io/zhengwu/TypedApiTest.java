package io.zhengwu;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.*;
import org.junit.jupiter.api.*;

/**
 * The typed API (plain classes and enums) against the conformance vectors: every vector of the
 * operations it covers is rebuilt from typed values, and the typed answer must carry what the
 * vector expects.
 */
class TypedApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static Engine engine;

  @BeforeAll
  static void open() {
    engine = new Engine();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  /** The vectors of one operation that have no config and expect an answer. */
  static List<JsonNode> vectors(String op) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (VectorsTest.Case c : VectorsTest.cases()) {
      if (c.v.path("op").asText().equals(op) && !c.v.has("config") && c.v.has("expect") && c.v.has("input")) {
        out.add(c.v);
      }
    }
    assertFalse(out.isEmpty(), "no vectors for " + op);
    return out;
  }

  static LocalDate date(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : LocalDate.parse(n.asText());
  }

  static Subject subject(JsonNode n) {
    return n.has("uscc") ? Subject.uscc(n.get("uscc").asText()) : Subject.residentId(n.get("resident_id").asText());
  }

  @SuppressWarnings("unchecked")
  static List<CreditRecord> records(JsonNode list) throws Exception {
    List<CreditRecord> out = new ArrayList<>();
    for (JsonNode r : list) {
      Map<String, Object> m = JSON.convertValue(r, Map.class);
      CreditRecord rec = CreditRecord.of((String) m.remove("type"), LocalDate.parse((String) m.remove("on")));
      for (Map.Entry<String, Object> e : m.entrySet()) rec = rec.with(e.getKey(), e.getValue());
      out.add(rec);
    }
    return out;
  }

  static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void deadlines() throws Exception {
    int n = 0;
    for (JsonNode v : vectors("calendar.deadline")) {
      JsonNode in = v.get("input");
      JsonNode p = in.get("period");
      Period period = p.has("workdays") ? Period.workdays(p.get("workdays").asInt()) : Period.naturalDays(p.get("natural_days").asInt());
      List<Pause> pauses = new ArrayList<>();
      for (JsonNode q : in.path("pauses")) {
        pauses.add(new Pause(date(q.get("from")), date(q.get("to")), q.has("step") ? q.get("step").asText() : null));
      }
      Deadline d = engine.deadline(date(in.get("start")), period, pauses);
      assertEquals(date(v.get("expect").get("due")), d.getDue(), v.get("name").asText());
      assertEquals(v.get("expect").path("paused_days").asLong(), d.getPausedDays());
      assertEquals(v.get("expect").get("reasons").size(), d.getReasons().size());
      assertEquals(v.get("expect").get("reasons").get(0).get("citation").get("text").asText(), d.getReasons().get(0).getCitation().getText());
      n++;
    }
    assertTrue(n >= 10, "deadline vectors: " + n);
  }

  @Test
  void residentIdsKeepOnlyTheMaskedNumber() throws Exception {
    for (JsonNode v : vectors("id.resident")) {
      if (v.get("input").size() != 1) continue;
      String id = v.get("input").get("id").asText();
      ResidentId r = engine.residentId(id);
      JsonNode e = v.get("expect");
      assertEquals(e.get("valid").asBoolean(), r.isValid(), v.get("name").asText());
      assertEquals(e.path("masked").asText(null), r.getMasked());
      assertEquals(date(e.get("birth_date")), r.getBirthDate());
      assertEquals(e.path("sex").asText(null), r.getSex() == null ? null : r.getSex().wire());
      assertEquals(e.path("region").path("code").asText(null), r.getRegionCode());
      String digits = id.replaceAll("[^0-9Xx]", "");
      if (digits.length() == 18) {
        assertFalse(r.toString().contains(digits), r.toString());
      }
    }
    assertEquals(Sex.FEMALE, engine.residentId("11010519491231002X").getSex());
    assertEquals("朝阳区", engine.residentId("110105 19491231 002X").getRegionName());
    assertEquals(Long.valueOf(2008), engine.residentId("120107197001010016").getRetiredIn());
    assertEquals("女", Sex.FEMALE.zh());
    assertFalse(Subject.residentId("11010519491231002X").toString().contains("11010519491231002X"));
  }

  @Test
  void usccs() throws Exception {
    for (JsonNode v : vectors("id.uscc")) {
      Uscc u = engine.uscc(v.get("input").get("code").asText());
      JsonNode e = v.get("expect");
      assertEquals(e.get("valid").asBoolean(), u.isValid(), v.get("name").asText());
      assertEquals(e.path("registration_authority").path("name").asText(null), u.getRegistrationAuthority());
      assertEquals(e.path("organization_code").path("code").asText(null), u.getOrganizationCode());
    }
  }

  @Test
  void creditStatus() throws Exception {
    for (JsonNode v : vectors("credit.status")) {
      JsonNode in = v.get("input");
      CreditStatus s = engine.creditStatus(subject(in.get("subject")), records(in.get("records")), date(in.get("today")));
      JsonNode e = v.get("expect");
      String name = v.get("name").asText();
      assertEquals(e.get("blacklisted").asBoolean(), s.isBlacklisted(), name);
      assertEquals(e.get("commitment_allowed").asBoolean(), s.isCommitmentAllowed(), name);
      assertEquals(e.get("inspection").asText(), s.getInspection().wire(), name);
      assertEquals(date(e.get("listed_since")), s.getListedSince(), name);
      assertEquals(date(e.get("removal_eligible_on")), s.getRemovalEligibleOn(), name);
      assertEquals(e.get("restrictions").size(), s.getRestrictions().size(), name);
      for (int k = 0; k < s.getRestrictions().size(); k++) {
        assertEquals(e.get("restrictions").get(k).get("area").asText(), s.getRestrictions().get(k).getArea());
        assertEquals(e.get("restrictions").get(k).get("label").asText(), s.getRestrictions().get(k).getLabel());
      }
      assertEquals(subject(e.get("subject")), s.getSubject());
    }
    CreditStatus s = engine.creditStatus(Subject.uscc("91350100M000100Y43"),
        Collections.singletonList(CreditRecord.dishonest(LocalDate.of(2024, 3, 1), DishonestForm.FALSIFIED, Severity.SEVERE)),
        LocalDate.of(2024, 6, 3));
    assertTrue(s.isBlacklisted());
    assertTrue(s.isSevere());
    assertFalse(s.isCommitmentAllowed());
    assertEquals(Inspection.INCREASED, s.getInspection());
  }

  @Test
  void commitmentsOpenTickAndApply() throws Exception {
    int opened = 0;
    for (JsonNode v : vectors("commitment.open")) {
      JsonNode in = v.get("input");
      if (in.has("letter") || in.has("decided_on")) continue;
      JsonNode a = in.get("applicant");
      CommitmentUpdate u = engine.openCommitment(in.get("matter").asText(), subject(a.get("subject")), records(a.get("records")),
          date(in.get("committed_on")), strings(in.get("missing")));
      JsonNode st = v.get("expect").get("state");
      assertEquals(st.get("status").asText(), u.getState().getStatus().wire());
      assertEquals(date(st.get("deadlines").get("materials_due")), u.getState().getDeadlines().get("materials_due"));
      assertEquals(JSON.readTree(JSON.writeValueAsString(st)), JSON.readTree(u.getState().toJson()));
      assertEquals(v.get("expect").get("effects").size(), u.getEffects().size());
      opened++;
    }
    assertTrue(opened >= 3, "open vectors: " + opened);
    for (JsonNode v : vectors("commitment.tick")) {
      JsonNode in = v.get("input");
      CommitmentState state = CommitmentState.fromJson(JSON.writeValueAsString(in.get("state")));
      CommitmentUpdate u = engine.tickCommitment(state, date(in.get("today")));
      assertEquals(JSON.readTree(JSON.writeValueAsString(v.get("expect").get("state"))), JSON.readTree(u.getState().toJson()));
      assertEquals(v.get("expect").get("alerts").size(), u.getAlerts().size(), v.get("name").asText());
      for (int k = 0; k < u.getAlerts().size(); k++) {
        assertEquals(v.get("expect").get("alerts").get(k).get("kind").asText(), u.getAlerts().get(k).getKind().wire());
      }
    }
    // A whole life in typed calls: open, verify, find a mismatch, revoke.
    CommitmentUpdate u = engine.openCommitment("TJ-SCJGW-0001", Subject.uscc("91350100M000100Y43"), Collections.<CreditRecord>emptyList(),
        LocalDate.of(2024, 9, 27), Collections.singletonList("domicile-proof"));
    assertEquals(CommitmentStatus.ACTIVE, u.getState().getStatus());
    assertEquals(Verification.NOT_STARTED, u.getState().getVerification());
    u = engine.applyCommitment(u.getState(), CommitmentEvent.verificationStarted(LocalDate.of(2024, 10, 8)));
    assertEquals(Verification.STARTED, u.getState().getVerification());
    u = engine.applyCommitment(u.getState(), CommitmentEvent.materialsSupplied(LocalDate.of(2024, 10, 10),
        Collections.singletonList("domicile-proof"), true));
    assertEquals(CommitmentStatus.FULFILLED, u.getState().getStatus());
    u = engine.applyCommitment(u.getState(), CommitmentEvent.revoked(LocalDate.of(2024, 11, 1), RevocationReason.FALSIFIED));
    assertEquals(CommitmentStatus.REVOKED, u.getState().getStatus());
    assertFalse(u.getEffects().isEmpty());
    final CommitmentState revoked = u.getState();
    ZhengwuException e = assertThrows(ZhengwuException.class,
        () -> engine.applyCommitment(revoked, CommitmentEvent.letterPublished(LocalDate.of(2024, 11, 2))));
    assertTrue(e.getCode().startsWith("commitment."), e.getCode());
  }

  @Test
  void formsMergeAndSplit() throws Exception {
    for (JsonNode v : vectors("form.merge")) {
      JsonNode in = v.get("input");
      MergedForm f;
      if (in.has("bundle") && in.size() == 1) {
        f = engine.mergeBundle(in.get("bundle").asText());
      } else if (in.has("matters") && in.size() == 1) {
        f = engine.mergeForms(strings(in.get("matters")));
      } else {
        continue;
      }
      assertEquals(strings(v.get("expect").get("order")), f.getOrder(), v.get("name").asText());
      assertEquals(v.get("expect").get("fields").size(), f.getFields().size());
      assertEquals(JSON.readTree(JSON.writeValueAsString(v.get("expect"))), JSON.readTree(f.toJson()));
    }
    MergedForm form = engine.mergeBundle("enterprise-opening");
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormField field : form.getFields()) values.put(field.getElement(), "v-" + field.getElement());
    List<FormMatter> packets = engine.splitForm(form, values);
    assertEquals(form.getOrder().size(), packets.size());
    for (FormMatter p : packets) {
      assertNotNull(p.getDepartmentId());
      for (FormField field : p.getFields()) {
        assertEquals("v-" + field.getElement(), field.getValue());
        assertEquals(field.getValue(), p.getValues().get(field.getElement()));
      }
    }
  }

  /** form.validate through the typed API: every vector, its form stored and read back. */
  @Test
  @SuppressWarnings("unchecked")
  void formsValidated() throws Exception {
    int checked = 0;
    for (JsonNode v : vectors("form.validate")) {
      JsonNode in = v.get("input");
      MergedForm f = MergedForm.fromJson(JSON.writeValueAsString(in.get("form")));
      assertEquals(in.get("form"), JSON.readTree(f.toJson()));
      FormValidation r = engine.validateForm(f, JSON.convertValue(in.get("values"), Map.class));
      JsonNode want = v.get("expect");
      assertEquals(want.get("valid").asBoolean(), r.isValid(), v.get("name").asText());
      assertEquals(want.get("errors").size(), r.getErrors().size());
      for (int i = 0; i < r.getErrors().size(); i++) {
        FormValidation.FieldError e = r.getErrors().get(i);
        assertEquals(want.get("errors").get(i).get("element").asText(), e.getElement());
        assertEquals(want.get("errors").get(i).get("code").asText(), e.getCode());
        assertEquals(want.get("errors").get(i).get("message").asText(), e.getMessage());
      }
      checked++;
    }
    assertTrue(checked > 0, "no form.validate vector was checked");
  }

  /** 办事指南 through the typed API: every section, element and gap of the vectors' guides. */
  @Test
  void guides() throws Exception {
    List<JsonNode> all = new ArrayList<>(vectors("matter.guide"));
    all.addAll(vectors("bundle.guide"));
    for (JsonNode v : all) {
      JsonNode in = v.get("input");
      Guide g = in.has("code") ? engine.matterGuide(in.get("code").asText()) : engine.bundleGuide(in.get("bundle").asText());
      JsonNode want = v.get("expect");
      assertEquals(want.get("name").asText(), g.getName());
      assertEquals(want.get("text").asText(), g.getText());
      assertEquals(want.get("html").asText(), g.getHtml());
      assertEquals(want.get("sections").size(), g.getSections().size());
      for (int i = 0; i < g.getSections().size(); i++) {
        GuideSection s = g.getSections().get(i);
        JsonNode ws = want.get("sections").get(i);
        assertEquals(ws.get("title").asText(), s.getTitle());
        assertEquals(ws.get("citation").get("text").asText(), s.getCitation().getText());
        assertEquals(ws.get("elements").size(), s.getElements().size());
        for (int k = 0; k < s.getElements().size(); k++) {
          GuideElement e = s.getElements().get(k);
          JsonNode we = ws.get("elements").get(k);
          assertEquals(we.get("label").asText(), e.getLabel());
          assertEquals(we.get("status").asText(), e.getStatus());
          assertEquals(we.path("value").isNull() || we.path("value").isMissingNode() ? null : we.get("value").asText(), e.getValue());
        }
      }
      assertEquals(want.get("gaps").size(), g.getGaps().size());
      for (int i = 0; i < g.getGaps().size(); i++) {
        assertEquals(want.get("gaps").get(i).get("severity").asText(), g.getGaps().get(i).getSeverity());
        assertEquals(want.get("gaps").get(i).get("message").asText(), g.getGaps().get(i).getMessage());
      }
    }
  }

  /** Each area of error codes has its exception class, all of them ZhengwuExceptions. */
  @Test
  void exceptionsByArea() {
    CalendarException cal = assertThrows(CalendarException.class, () -> engine.addWorkdays(LocalDate.of(1990, 1, 2), 1));
    assertEquals("calendar.out_of_range", cal.getCode());
    CatalogException cat = assertThrows(CatalogException.class, () -> engine.matterGuide("NO-SUCH-MATTER"));
    assertTrue(cat.getCode().startsWith("catalog."), cat.getCode());
    InputException in = assertThrows(InputException.class, () -> engine.callJson("calendar.day", "{\"date\":1}"));
    assertEquals("input.wrong_type", in.getCode());
    assertThrows(InputException.class, () -> engine.callJson("no.such_op", "{}"));
    ZhengwuException any = assertThrows(ZhengwuException.class, () -> engine.callJson("case.supervise", "{\"today\":\"2024-03-20\",\"case\":{\"matter\":\"TJ-SCJGW-0001\",\"events\":[{\"type\":\"decided\",\"on\":\"2024-03-04\"},{\"type\":\"received\",\"on\":\"2024-03-05\"}]}}"));
    assertTrue(any instanceof CaseException || any instanceof InputException, any.getClass() + " " + any.getCode());
  }

  /** Typed calendar calls speak the engine's language, as its JSON door does. */
  @Test
  void typedCalendarErrorsInTheEnginesLanguage() {
    try (Engine en = new Engine("{\"lang\":\"en\"}")) {
      CalendarException e = assertThrows(CalendarException.class, () -> en.addWorkdays(LocalDate.of(1990, 1, 2), 1));
      ZhengwuException viaJson = assertThrows(ZhengwuException.class,
          () -> en.callJson("calendar.add_workdays", "{\"date\":\"1990-01-02\",\"days\":1}"));
      assertEquals(viaJson.getMessage(), e.getMessage());
      assertFalse(e.getMessage().matches(".*[\\u4e00-\\u9fff]{4}.*"), e.getMessage());
    }
  }

  /** 电子监察 through the typed API: every case.supervise vector, each field of the typed answer. */
  @Test
  @SuppressWarnings("unchecked")
  void casesSupervised() throws Exception {
    int n = 0;
    for (VectorsTest.Case c : VectorsTest.cases()) {
      JsonNode v = c.v;
      if (!v.path("op").asText().equals("case.supervise") || !v.has("expect")) continue;
      String config = v.has("config") ? JSON.writeValueAsString(v.get("config")) : null;
      try (Engine e = config == null ? new Engine() : new Engine(config)) {
        JsonNode in = v.get("input");
        Map<String, Object> record = JSON.convertValue(in.get("case"), Map.class);
        LocalDate today = date(in.get("today"));
        CaseSupervision s = in.has("alert_workdays")
            ? e.superviseCase(record, today, in.get("alert_workdays").asInt())
            : e.superviseCase(record, today);
        JsonNode x = v.get("expect");
        assertEquals(x.get("status").asText(), s.getStatus().wire(), c.file + "#" + c.index);
        assertEquals(date(x.get("received")), s.getReceived(), c.file + "#" + c.index);
        assertEquals(date(x.get("accepted_on")), s.getAcceptedOn(), c.file + "#" + c.index);
        assertEquals(x.get("deemed_accepted").asBoolean(), s.getDeemedAccepted(), c.file + "#" + c.index);
        assertEquals(x.get("deadlines").size(), s.getDeadlines().size(), c.file + "#" + c.index);
        for (int k = 0; k < s.getDeadlines().size(); k++) {
          CaseDeadline d = s.getDeadlines().get(k);
          JsonNode xd = x.get("deadlines").get(k);
          assertEquals(xd.get("kind").asText(), d.getKind().wire(), c.file + "#" + c.index);
          assertEquals(date(xd.get("due")), d.getDue(), c.file + "#" + c.index);
          assertEquals(date(xd.get("met_on")), d.getMetOn(), c.file + "#" + c.index);
          assertEquals(xd.get("late").asBoolean(), d.getLate(), c.file + "#" + c.index);
          assertEquals(xd.get("citation").get("text").asText(), d.getCitation().getText(), c.file + "#" + c.index);
        }
        assertEquals(x.get("alerts").size(), s.getAlerts().size(), c.file + "#" + c.index);
        for (int k = 0; k < s.getAlerts().size(); k++) {
          assertEquals(x.get("alerts").get(k).get("level").asText(), s.getAlerts().get(k).getLevel().wire(), c.file + "#" + c.index);
        }
        assertEquals(x.get("findings").size(), s.getFindings().size(), c.file + "#" + c.index);
        for (int k = 0; k < s.getFindings().size(); k++) {
          CaseFinding f = s.getFindings().get(k);
          JsonNode xf = x.get("findings").get(k);
          assertEquals(xf.get("code").asText(), f.getCode(), c.file + "#" + c.index);
          assertEquals(xf.get("category").asText(), f.getCategory().wire(), c.file + "#" + c.index);
          assertEquals(xf.get("message").asText(), f.getMessage(), c.file + "#" + c.index);
        }
        JsonNode ev = x.get("evaluation");
        assertEquals(ev == null || ev.isNull() ? null : ev.asText(), s.getEvaluation() == null ? null : s.getEvaluation().wire(), c.file + "#" + c.index);
        n++;
      }
    }
    assertTrue(n >= 20, "case.supervise vectors through the typed API: " + n);
  }

  @Test
  void wireEnumsRoundTrip() {
    for (CommitmentStatus s : CommitmentStatus.values()) {
      assertSame(s, WireEnum.fromWire(CommitmentStatus.class, s.wire()));
    }
    assertEquals("严重失信", Severity.SEVERE.zh());
    assertThrows(IllegalArgumentException.class, () -> WireEnum.fromWire(Severity.class, "catastrophic"));
  }
}
