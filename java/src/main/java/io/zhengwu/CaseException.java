package io.zhengwu;

/** Errors of {@code case.*}: case supervision (电子监察): the events of a case. */
public final class CaseException extends ZhengwuException {
  private static final long serialVersionUID = 1L;

  CaseException(int status, String code, String message, String path) {
    super(status, code, message, path);
  }
}
