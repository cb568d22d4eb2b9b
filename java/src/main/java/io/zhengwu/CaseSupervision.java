package io.zhengwu;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

/** 电子监察 of one case (办件): status, limits, alerts and findings. */
public final class CaseSupervision {
  private final String id;
  private final String matter;
  private final String department;
  private final CaseStatus status;
  private final LocalDate received;
  private final LocalDate acceptedOn;
  private final Boolean deemedAccepted;
  private final List<CaseDeadline> deadlines;
  private final Long handlingWorkdays;
  private final Boolean onTime;
  private final Long visits;
  private final Long allowedVisits;
  private final Grade evaluation;
  private final List<CaseAlert> alerts;
  private final List<CaseFinding> findings;

  CaseSupervision(Map<String, Object> m) {
    this.id = Node.str(m, "id");
    this.matter = Node.str(m, "matter");
    this.department = Node.str(m, "department");
    this.status = Node.wire(CaseStatus.class, m, "status");
    this.received = Node.date(m, "received");
    this.acceptedOn = Node.date(m, "accepted_on");
    this.deemedAccepted = Node.boolOrNull(m, "deemed_accepted");
    this.deadlines = Node.objects(m, "deadlines", CaseDeadline::new);
    this.handlingWorkdays = Node.num(m, "handling_workdays");
    this.onTime = Node.boolOrNull(m, "on_time");
    this.visits = Node.num(m, "visits");
    this.allowedVisits = Node.num(m, "allowed_visits");
    this.evaluation = Node.wire(Grade.class, m, "evaluation");
    this.alerts = Node.objects(m, "alerts", CaseAlert::new);
    this.findings = Node.objects(m, "findings", CaseFinding::new);
  }

  /** id ({@code id}). */
  public String getId() {
    return id;
  }

  /** matter ({@code matter}). */
  public String getMatter() {
    return matter;
  }

  /** department ({@code department}). */
  public String getDepartment() {
    return department;
  }

  /** status ({@code status}). */
  public CaseStatus getStatus() {
    return status;
  }

  /** received ({@code received}). */
  public LocalDate getReceived() {
    return received;
  }

  /** accepted_on ({@code accepted_on}). */
  public LocalDate getAcceptedOn() {
    return acceptedOn;
  }

  /** deemed_accepted ({@code deemed_accepted}). */
  public Boolean getDeemedAccepted() {
    return deemedAccepted;
  }

  /** deadlines ({@code deadlines}). */
  public List<CaseDeadline> getDeadlines() {
    return deadlines;
  }

  /** handling_workdays ({@code handling_workdays}). */
  public Long getHandlingWorkdays() {
    return handlingWorkdays;
  }

  /** on_time ({@code on_time}). */
  public Boolean getOnTime() {
    return onTime;
  }

  /** visits ({@code visits}). */
  public Long getVisits() {
    return visits;
  }

  /** allowed_visits ({@code allowed_visits}). */
  public Long getAllowedVisits() {
    return allowedVisits;
  }

  /** evaluation ({@code evaluation}). */
  public Grade getEvaluation() {
    return evaluation;
  }

  /** alerts ({@code alerts}). */
  public List<CaseAlert> getAlerts() {
    return alerts;
  }

  /** findings ({@code findings}). */
  public List<CaseFinding> getFindings() {
    return findings;
  }

  @Override
  public String toString() {
    return "CaseSupervision{" + "id=" + id + ", " + "matter=" + matter + ", " + "department=" + department + ", " + "status=" + status + "}";
  }
}
