package io.zhengwu;

/** Errors of {@code calendar.*}: the working-day calendar (工作日): a day outside the official years, an implausible year. */
public final class CalendarException extends ZhengwuException {
  private static final long serialVersionUID = 1L;

  CalendarException(int status, String code, String message, String path) {
    super(status, code, message, path);
  }
}
