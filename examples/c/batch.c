/* A legacy batch job: one engine, many typed calendar calls on YYYYMMDD integers, and an
 * array of identifier checks — no JSON anywhere. */
#include <stdio.h>
#include <string.h>

#include "zhengwu.h"

int main(void) {
  zw_engine *engine = NULL;
  if (zw_engine_new(NULL, 0, &engine) != ZW_STATUS_OK) return 1;

  int starts[5] = {20240131, 20240820, 20240927, 20241231, 20261220};
  int days[5] = {60, 60, 3, 20, 60};
  int due[5];
  zw_status st[5];
  zw_calendar_add_workdays_array(engine, starts, days, 5, due, st);
  for (int i = 0; i < 5; i++) {
    if (st[i] == ZW_STATUS_OK) {
      printf("%d + %d working days = %d\n", starts[i], days[i], due[i]);
    } else {
      printf("%d + %d working days: %s\n", starts[i], days[i], zw_status_name(st[i]));
    }
  }

  const char *ids[3] = {"11010519491231002X", "110105194912310021", "91350100M000100Y43"};
  size_t lens[3] = {18, 18, 18};
  unsigned char ok[3];
  zw_id_resident_valid_array(ids, lens, 2, ok);
  int uscc_ok = 0;
  zw_id_uscc_valid(ids[2], lens[2], &uscc_ok);
  printf("resident IDs valid: %d %d; USCC valid: %d\n", ok[0], ok[1], uscc_ok);

  zw_engine_free(engine);
  return st[4] == ZW_STATUS_CALENDAR ? 0 : 1;
}
