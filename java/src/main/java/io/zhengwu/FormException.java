package io.zhengwu;

/** Errors of {@code form.*}: one-form filing (一表申报): a form or its values. */
public final class FormException extends ZhengwuException {
  private static final long serialVersionUID = 1L;

  FormException(int status, String code, String message, String path) {
    super(status, code, message, path);
  }
}
