import io.zhengwu.Engine;
import io.zhengwu.ZhengwuException;
import java.time.LocalDate;

/** The first lines an integrator writes: an engine, a deadline, and an error with its code. */
public class Consumer {
  public static void main(String[] args) {
    try (Engine engine = new Engine()) {
      LocalDate due = engine.addWorkdays(LocalDate.of(2024, 9, 30), 1);
      String code;
      try {
        engine.addWorkdays(LocalDate.of(1990, 1, 2), 1);
        code = "no error";
      } catch (ZhengwuException e) {
        code = e.getCode();
      }
      System.out.println(due + " " + code);
    }
  }
}
