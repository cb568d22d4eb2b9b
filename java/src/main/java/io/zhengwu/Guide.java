package io.zhengwu;

import java.util.List;
import java.util.Map;

/**
 * 办事指南 — the guide of a matter or of a bundle (一件事), as 公开公示办法 第七条 orders its
 * sections: the data, the plain text, a printable page (A4, no external resources), and the
 * gaps the lint finds, each with its citation.
 */
public final class Guide {
  private final String matter;
  private final String bundle;
  private final String name;
  private final boolean sample;
  private final List<GuideSection> sections;
  private final List<GuideGap> gaps;
  private final String text;
  private final String html;
  private final List<Reason> reasons;

  Guide(Map<String, Object> m) {
    this.matter = Node.str(m, "matter");
    this.bundle = Node.str(m, "bundle");
    this.name = Node.str(m, "name");
    this.sample = Node.bool(m, "sample");
    this.sections = Node.objects(m, "sections", GuideSection::new);
    this.gaps = Node.objects(m, "gaps", GuideGap::new);
    this.text = Node.str(m, "text");
    this.html = Node.str(m, "html");
    this.reasons = Node.reasons(m);
  }

  /** The matter's code (a matter's guide), or null. */
  public String getMatter() {
    return matter;
  }

  /** The bundle's id (a bundle's guide), or null. */
  public String getBundle() {
    return bundle;
  }

  /** The title (…办事指南). */
  public String getName() {
    return name;
  }

  /** Whether it is built from illustrative sample data, not an official catalog. */
  public boolean isSample() {
    return sample;
  }

  /** The sections in the order of 第七条. */
  public List<GuideSection> getSections() {
    return sections;
  }

  /** What the lint finds about the matters, located at the guide's elements. */
  public List<GuideGap> getGaps() {
    return gaps;
  }

  /** The guide as plain text (明白纸). */
  public String getText() {
    return text;
  }

  /** The guide as a printable HTML page. */
  public String getHtml() {
    return html;
  }

  /** Why it says what it says, with citations. */
  public List<Reason> getReasons() {
    return reasons;
  }

  @Override
  public String toString() {
    return "Guide{" + name + ", " + sections.size() + " sections, " + gaps.size() + " gaps}";
  }
}
