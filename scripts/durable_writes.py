#!/usr/bin/env python3
"""Durable writes (issue 18): N citizens at once register hours through
`POST /api/v1/time-entries`, each on a connection of its own, each entry distinct and valid.

The citizens are made the way a municipality makes them, through the API as the demo
caseworker: an opening with seats for all, a record, a placement and an invitation each, and
the invitation taken with a password (which logs the phone in). Then every citizen sends
entries one after the other for SECONDS: twenty minutes each, in free slots of the last 60
days. Every answer must be 201; afterwards each citizen's list must hold exactly the entries
it was told were stored. Prints one Markdown table row. Standard library only.

    durable_writes.py BASE_URL SECONDS [CITIZENS]
"""
import os
import sys
import threading
import time
import urllib.parse
import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import demo_client  # noqa: E402

BASE, SECONDS = sys.argv[1], float(sys.argv[2])
N = int(sys.argv[3]) if len(sys.argv) > 3 else 16
CPH = ZoneInfo("Europe/Copenhagen")
DAYS = 60


class Client(demo_client.Client):
    def __init__(self):
        super().__init__(BASE, timeout=30, origin=True)

    def call(self, method, path, body=None):
        return self.send(method, path, body)

    def must(self, method, path, body, want):
        status, data = self.call(method, path, body)
        if status != want:
            sys.exit(f"durable_writes: {method} {path} answered {status}: {data}")
        return data


def make_citizens():
    """The citizens' (client, placement id), made through the API as the caseworker."""
    cw = Client()
    cw.must("POST", "/api/v1/session", {"email": "caseworker@demo.fodfaeste.dk", "password": "demo-password"}, 200)
    company = next(c for c in cw.must("GET", "/api/v1/companies", None, 200) if not c.get("is_social_enterprise"))["id"]
    run = uuid.uuid4().hex[:8]
    opening = cw.must("POST", "/api/v1/openings", {
        "company_id": company, "kind": "small_job", "title": f"Pakning {run}", "hours_per_week": "10",
        "hourly_wage": "135", "seats": str(max(N, 1)),
    }, 201)["id"]
    starts = (date.today() - timedelta(days=DAYS + 1)).isoformat()
    out = []
    for i in range(N):
        citizen = cw.must("POST", "/api/v1/citizens", {
            "name": f"Måler {i + 1}", "email": f"maaler{i + 1}-{run}@example.dk", "postcode": "6900",
            "target_group": "cash_benefit_activity_ready", "referred_on": starts,
        }, 201)["id"]
        placement = cw.must("POST", "/api/v1/placements", {"opening_id": opening, "citizen_id": citizen, "starts_on": starts}, 201)["id"]
        token = cw.must("POST", f"/api/v1/citizens/{citizen}/invite", {}, 201)["path"].rstrip("/").rsplit("/", 1)[1]
        phone = Client()
        phone.must("POST", f"/api/v1/invitations/{token}", {"password": f"skriv-{run}-{i}", "password_again": f"skriv-{run}-{i}"}, 200)
        out.append((phone, placement))
    return out


def slots():
    """Twenty-minute periods in Copenhagen time, 06:00 to 22:00, on the last DAYS days."""
    today = date.today()
    for d in range(DAYS, 0, -1):
        day = today - timedelta(days=d)
        for k in range(48):
            start = datetime(day.year, day.month, day.day, 6, 0, tzinfo=CPH) + timedelta(minutes=20 * k)
            yield start, start + timedelta(minutes=20)


def writer(client, placement, deadline, times, stored, failures):
    for start, end in slots():
        if time.time() >= deadline:
            return
        body = {"placement_id": placement, "starts_at": start.isoformat(), "ends_at": end.isoformat(), "client_id": str(uuid.uuid4())}
        t = time.perf_counter()
        status, data = client.call("POST", "/api/v1/time-entries", body)
        times.append(time.perf_counter() - t)
        if status == 201:
            stored.add(data["id"])
        else:
            failures.append((status, data))


def main():
    citizens = make_citizens()
    deadline = time.time() + SECONDS
    runs = [([], set(), []) for _ in citizens]
    threads = [threading.Thread(target=writer, args=(c, p, deadline, *r)) for (c, p), r in zip(citizens, runs)]
    began = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.time() - began
    times = sorted(x for r in runs for x in r[0])
    failures = [f for r in runs for f in r[2]]
    # What each citizen was told was stored is what its list holds: none lost, none twice.
    missing = doubled = 0
    for (client, placement), (_, stored, _) in zip(citizens, runs):
        listed = []
        for first in range(DAYS, 0, -10):  # a list holds at most 1,000; ten days hold 480 slots
            span = [datetime.combine(date.today() - timedelta(days=d), datetime.min.time(), CPH) for d in (first, first - 10)]
            q = urllib.parse.urlencode({"placement_id": placement, "from": span[0].isoformat(), "to": span[1].isoformat()})
            listed += [e["id"] for e in client.must("GET", f"/api/v1/time-entries?{q}", None, 200)]
        missing += len(stored - set(listed))
        doubled += len(listed) - len(set(listed)) + len(set(listed) - stored)
    pct = lambda p: times[min(len(times) - 1, int(len(times) * p))] * 1000 if times else float("nan")
    bad = f", {len(failures)} not 201 (first: {failures[0]})" if failures else ""
    print(f"| {N} citizens registering at once `POST /api/v1/time-entries` | {len(times) / took:.0f} req/s "
          f"| p50 {pct(0.50):.1f}ms, p99 {pct(0.99):.1f}ms; {sum(len(r[1]) for r in runs)} stored, {missing} lost, {doubled} extra{bad} |")
    if failures or missing or doubled:
        sys.exit(1)


main()
