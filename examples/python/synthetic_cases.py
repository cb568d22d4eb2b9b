"""A synthetic year of cases (办件) of the embedded catalog's matters, seeded and reproducible —
for trying the supervision functions on a district-sized table. Not data of any real district:
each department works at its own made-up pace, so that the figures differ.

    from synthetic_cases import year_of_cases
    cases = year_of_cases(100_000, seed=7)    # a pandas DataFrame, one row per case
"""

import numpy as np
import pandas as pd

import zhengwu


def year_of_cases(n: int, seed: int = 7, year: int = 2024) -> pd.DataFrame:
    engine = zhengwu.Engine()
    rng = np.random.default_rng(seed)
    matters = engine.matters()
    codes = np.array([m.code for m in matters])
    promised = np.array([m.promised_workdays or 5 for m in matters])
    pace = np.array([len(m.department or "") % 4 for m in matters])
    cal = engine.calendar
    first = np.datetime64(f"{year}-01-02")
    workdays = first + np.arange(366)
    workdays = workdays[cal.is_workday_batch(workdays)][:240]

    m = rng.integers(0, len(matters), n)
    received = rng.choice(workdays, n)
    supplements = rng.choice([0, 0, 0, 0, 0, 0, 0, 1, 1, 2], n)
    first_supplement = cal.add_workdays_batch(received, 1 + rng.integers(0, 6 + pace[m]))
    accepted = np.where(supplements > 0, cal.add_workdays_batch(first_supplement, 1 + rng.integers(0, 5, n)), received)
    late = rng.random(n) < 0.03 + 0.06 * pace[m]
    handling = np.where(late, promised[m] + 1 + rng.integers(0, 5, n), rng.integers(0, promised[m] + 1))
    decided = cal.add_workdays_batch(accepted, handling)
    delivered = cal.add_workdays_batch(decided, rng.integers(0, 8 + pace[m]))
    visits = np.where(rng.random(n) < 0.02 + 0.04 * pace[m], 2, rng.integers(0, 2, n))
    grades = np.array([None, None, "very_satisfied", "very_satisfied", "satisfied", "satisfied", "basic", "unsatisfied"], dtype=object)
    return pd.DataFrame(
        {
            "matter": pd.Categorical(codes[m]),
            "received": received,
            "first_supplement": np.where(supplements > 0, first_supplement, np.datetime64("NaT")),
            "supplements": supplements,
            "accepted": accepted,
            "decided": decided,
            "delivered": delivered,
            "visits": visits,
            "evaluation": grades[rng.integers(0, len(grades), n)],
        }
    )
