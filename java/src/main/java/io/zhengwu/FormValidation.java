package io.zhengwu;

import java.util.List;
import java.util.Map;

/** 一表申报: whether a merged form's values are valid, and every fault at its element. */
public final class FormValidation {
  private final boolean valid;
  private final List<FieldError> errors;

  FormValidation(Map<String, Object> m) {
    this.valid = Node.bool(m, "valid");
    this.errors = Node.objects(m, "errors", FieldError::new);
  }

  /** Whether every value is valid and every required one given. */
  public boolean isValid() {
    return valid;
  }

  /** Every fault, one per element ({@code form.required}, {@code form.resident_id} …). */
  public List<FieldError> getErrors() {
    return errors;
  }

  /** One element's fault. */
  public static final class FieldError {
    private final String element;
    private final String code;
    private final String message;

    FieldError(Map<String, Object> m) {
      this.element = Node.str(m, "element");
      this.code = Node.str(m, "code");
      this.message = Node.str(m, "message");
    }

    /** The form element (its id). */
    public String getElement() {
      return element;
    }

    /** The stable code ({@code form.required} …). */
    public String getCode() {
      return code;
    }

    /** What is wrong, in the engine's language (an ID number shown masked). */
    public String getMessage() {
      return message;
    }

    @Override
    public String toString() {
      return element + ": " + code;
    }
  }

  @Override
  public String toString() {
    return "FormValidation{" + (valid ? "valid" : errors.size() + " errors") + "}";
  }
}
