package io.zhengwu;

/** An error from zhengwu: a stable dotted {@link #code()}, a {@link #path()} into the input. */
public final class ZhengwuException extends RuntimeException {
  private final String code;
  private final String path;
  private final int status;

  ZhengwuException(int status, String code, String message, String path) {
    super(code + ": " + message + (path == null ? "" : " (at " + path + ")"));
    this.status = status;
    this.code = code;
    this.path = path;
  }

  /** The stable error code, e.g. {@code calendar.out_of_range}. */
  public String code() {
    return code;
  }

  /** Where in the input the fault lies, or null. */
  public String path() {
    return path;
  }

  /** The stable error code (JavaBeans style, for frameworks that read getters). */
  public String getCode() {
    return code;
  }

  /** The path into the input, or null (JavaBeans style). */
  public String getPath() {
    return path;
  }

  /** The C status (ZW_STATUS_*). */
  public int status() {
    return status;
  }
}
