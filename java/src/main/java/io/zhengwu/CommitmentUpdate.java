package io.zhengwu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The answer to opening, ticking or an event of a commitment: the new state, alerts, effects. */
public final class CommitmentUpdate {
  private final CommitmentState state;
  private final List<Alert> alerts;
  private final List<Effect> effects;
  private final List<Reason> reasons;

  CommitmentUpdate(Map<String, Object> m) {
    this.state = new CommitmentState(Node.obj(m, "state"));
    List<Alert> a = new ArrayList<>();
    for (Object o : Node.list(m, "alerts")) a.add(new Alert(Node.obj(o)));
    List<Effect> e = new ArrayList<>();
    for (Object o : Node.list(m, "effects")) e.add(new Effect(Node.obj(o)));
    this.alerts = Collections.unmodifiableList(a);
    this.effects = Collections.unmodifiableList(e);
    this.reasons = Node.reasons(m);
  }

  /** The state to store. */
  public CommitmentState getState() {
    return state;
  }

  /** Deadlines approaching, due or passed. */
  public List<Alert> getAlerts() {
    return alerts;
  }

  /** What the host must do now. */
  public List<Effect> getEffects() {
    return effects;
  }

  /** Why (when opening: the eligibility reasons), with citations. */
  public List<Reason> getReasons() {
    return reasons;
  }

  @Override
  public String toString() {
    return "CommitmentUpdate{" + state + ", " + alerts.size() + " alerts, " + effects.size() + " effects}";
  }
}
