#!/usr/bin/env python3
"""Read the corpus-timeline events from Python, the way a data team would.

    python3 read_events.py DIR

DIR holds the exported data package: datapackage.json and events.csv (the site's /data/ folder,
or `corpus-data export --format datapackage|csv`). The script reads the events with the standard
library (csv, json) and, where pandas is installed, with pandas too, checking the columns, types
and dates the data package declares. It says what it read, names every problem and exits 1 on
one; without pandas it says that it skipped that part.
"""

import csv
import json
import sys
from datetime import date
from pathlib import Path


def fail(message):
    print(f"read_events.py: {message}", file=sys.stderr)
    sys.exit(1)


def events_resource(folder):
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["name"] == "events":
            return resource
    fail("datapackage.json has no resource named events")


def read_with_csv(path, fields):
    """Every row, with its dates as datetime.date (None where the field is empty)."""
    dates = [field["name"] for field in fields if field["type"] == "date"]
    with path.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        names = [field["name"] for field in fields]
        if reader.fieldnames != names:
            fail(f"{path.name} has the columns {reader.fieldnames}, not the declared {names}")
        rows = list(reader)
    for number, row in enumerate(rows, start=2):
        for name in dates:
            value = row[name]
            try:
                row[name] = date.fromisoformat(value) if value else None
            except ValueError:
                fail(f"{path.name} line {number}, {name}: {value!r} is not a date YYYY-MM-DD")
        first, last = row["earliest_day"], row["latest_day"]
        if first and last and first > last:
            fail(f"{path.name} line {number}: earliest_day {first} is after latest_day {last}")
    ids = [row["id"] for row in rows]
    if len(set(ids)) != len(ids):
        fail(f"{path.name}: the primary key id repeats")
    return rows


def read_with_pandas(path, fields, rows):
    try:
        import pandas as pd
    except ImportError:
        print(
            "pandas: not installed for this Python, so the pandas check was skipped "
            "(Debian: apt-get install python3-pandas)"
        )
        return
    dates = [field["name"] for field in fields if field["type"] == "date"]
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(frame.columns) != [field["name"] for field in fields]:
        fail(f"pandas reads the columns {list(frame.columns)}")
    for name in dates:
        # Empty cells are open ends: NaT, never a made-up day.
        frame[name] = pd.to_datetime(frame[name].replace("", None), format="%Y-%m-%d")
    if len(frame) != len(rows) or list(frame["id"]) != [row["id"] for row in rows]:
        fail("pandas and the csv module read different rows")
    for name in dates:
        expected = [row[name] for row in rows]
        got = [None if pd.isna(value) else value.date() for value in frame[name]]
        if got != expected:
            fail(f"pandas and the csv module read different {name} values")
    dated = frame.dropna(subset=["earliest_day"])
    print(
        f"pandas {pd.__version__}: {len(frame)} events, {len(frame.columns)} columns, "
        f"{', '.join(f'{name} {frame[name].dtype}' for name in dates)}; "
        f"{len(dated)} with an earliest day, from {dated['earliest_day'].min().date()}"
    )


def main():
    if len(sys.argv) != 2:
        fail("usage: read_events.py DIR (the folder holding datapackage.json and events.csv)")
    folder = Path(sys.argv[1])
    resource = events_resource(folder)
    fields = resource["schema"]["fields"]
    path = folder / resource["path"]
    rows = read_with_csv(path, fields)
    dated = [row["earliest_day"] for row in rows if row["earliest_day"]]
    print(
        f"csv module (Python {sys.version.split()[0]}): {len(rows)} events, {len(fields)} columns "
        f"as declared; {len(dated)} with an earliest day, from {min(dated)}; ids unique"
    )
    read_with_pandas(path, fields, rows)


if __name__ == "__main__":
    main()
