/* Cost of a call through the C ABI: typed calendar and identifier calls, and the JSON door.
 * Prints nanoseconds per call (median of 7 runs of N calls). Not a test: figures go to
 * BENCHMARKS.md.  usage: bench_abi [N] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "zhengwu.h"

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

#define RUNS 7
#define MEASURE(label, n, body)                                    \
  do {                                                             \
    double t[RUNS];                                                \
    for (int r = 0; r < RUNS; r++) {                               \
      double s = now();                                            \
      for (long i = 0; i < (n); i++) { body; }                     \
      t[r] = (now() - s) / (double)(n);                            \
    }                                                              \
    qsort(t, RUNS, sizeof t[0], cmp);                              \
    printf("%-52s %9.1f ns/call  (min %.1f, max %.1f)\n", label, t[RUNS / 2], t[0], t[RUNS - 1]); \
  } while (0)

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000000;
  zw_engine *e = NULL;
  if (zw_engine_new(NULL, 0, &e) != ZW_STATUS_OK) return 1;
  int *days = malloc(sizeof(int) * 4096), *deltas = malloc(sizeof(int) * 4096), *outs = malloc(sizeof(int) * 4096);
  for (int i = 0; i < 4096; i++) {
    days[i] = 2019 * 10000 + (1 + i % 12) * 100 + 1 + i % 28 + (i % 6) * 10000;
    deltas[i] = i % 201 - 100;
  }
  volatile int sink = 0;
  int out = 0;
  MEASURE("zw_calendar_is_workday", n, { zw_calendar_is_workday(e, days[i & 4095], &out); sink += out; });
  MEASURE("zw_calendar_add_workdays", n, { zw_calendar_add_workdays(e, days[i & 4095], deltas[i & 4095], &out); sink += out; });
  MEASURE("zw_calendar_workdays_between", n, { zw_calendar_workdays_between(e, days[i & 4095], days[(i * 7) & 4095], &out); sink += out; });
  MEASURE("zw_calendar_add_workdays_array (per item, 4096/call)", n / 4096 + 1,
          { zw_calendar_add_workdays_array(e, days, deltas, 4096, outs, NULL); sink += outs[0]; });
  printf("  (array figure above is per call of 4096 items; divide by 4096 for per item)\n");
  const char *id = "11010519491231002X", *code = "91350100M000100Y43";
  MEASURE("zw_id_resident_valid", n, { zw_id_resident_valid(id, 18, &out); sink += out; });
  MEASURE("zw_id_uscc_valid", n, { zw_id_uscc_valid(code, 18, &out); sink += out; });
  const char *in = "{\"date\":\"2024-09-30\",\"days\":1}";
  size_t len = strlen(in);
  MEASURE("zw_engine_call calendar.add_workdays (JSON)", n / 10, {
    zw_buf b = {0};
    zw_engine_call(e, "calendar.add_workdays", in, len, &b);
    sink += (int)b.len;
    zw_buf_free(&b);
  });
  const char *din = "{\"date\":\"2024-02-10\"}";
  MEASURE("zw_engine_call calendar.day (JSON)", n / 10, {
    zw_buf b = {0};
    zw_engine_call(e, "calendar.day", din, strlen(din), &b);
    sink += (int)b.len;
    zw_buf_free(&b);
  });
  free(days);
  free(deltas);
  free(outs);
  zw_engine_free(e);
  return sink == 42 ? 2 : 0;
}
