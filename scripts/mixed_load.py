#!/usr/bin/env python3
"""A mixed load through one address (the balancer in scripts/two-servers.sh): logins, page
views, registrations and confirmations, as the demo's citizens, mentors and caseworker.

Each registration carries a client_id and is sent again with the same id when no answer
came (a refused connection, a cut, 502/503/504), as the phone's outbox does; what the
server acknowledged (201) is written to `acked.tsv` (client_id, entry id). Every request's
outcome and time go to `requests.tsv`. Standard library only.

    mixed_load.py BASE_URL SECONDS WORKDIR
"""
import http.client
import os
import sys
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import demo_client  # noqa: E402

BASE, SECONDS, WORK = sys.argv[1], float(sys.argv[2]), sys.argv[3]
PASSWORD = "demo-password"
CITIZENS = ["citizen@demo.fodfaeste.dk", "citizen2@demo.fodfaeste.dk"]
MENTORS = ["mentor@demo.fodfaeste.dk", "mentor2@demo.fodfaeste.dk"]
CASEWORKER = "caseworker@demo.fodfaeste.dk"
RETRY = {502, 503, 504}

lock = threading.Lock()
log = []      # (t, kind, outcome)
acked = []    # (client_id, id)
sent = []     # client_ids sent at least once


class Client(demo_client.Client):
    def __init__(self):
        super().__init__(BASE, timeout=10)

    def request(self, method, path, body=None, kind="other"):
        """One try: (status, json or None); status 0 when no answer came."""
        t = time.time()
        try:
            status, data = self.send(method, path, body)
        except (OSError, http.client.HTTPException):
            status, data = 0, None
        with lock:
            log.append((t, kind, status))
        return status, data

    def login(self, email):
        status, _ = self.request("POST", "/api/v1/session", {"email": email, "password": PASSWORD}, "login")
        return status == 200


def until_answered(client, method, path, body, kind, deadline):
    """Sends until the server answers with anything but a gateway or connection failure."""
    while time.time() < deadline + 15:
        status, data = client.request(method, path, body, kind)
        if status not in RETRY and status != 0:
            return status, data
        time.sleep(0.2)
    return 0, None


def citizen(worker, email, deadline):
    c = Client()
    while not c.login(email):
        time.sleep(0.2)
    _, placements = until_answered(c, "GET", "/api/v1/placements", None, "api", deadline)
    placement = next((p["id"] for p in placements if p.get("status") == "active"), placements[0]["id"])
    # Two-minute entries in the small hours (UTC), an hour of its own per worker, going back
    # a day at a time: no two workers share a slot and the demo's daytime entries are never
    # overlapped.
    n = 0
    while time.time() < deadline:
        day = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1 + n // 30)
        start = day + timedelta(hours=1 + worker, minutes=(n % 30) * 2)
        n += 1
        cid = str(uuid.uuid4())
        body = {"placement_id": placement, "starts_at": start.isoformat(), "ends_at": (start + timedelta(minutes=2)).isoformat(), "client_id": cid}
        with lock:
            sent.append(cid)
        status, data = until_answered(c, "POST", "/api/v1/time-entries", body, "register", deadline)
        if status == 201:
            with lock:
                acked.append((cid, data["id"]))
        c.request("GET", "/borger", None, "page")
        if status == 401:
            c.login(email)


def mentor(email, deadline):
    c = Client()
    while not c.login(email):
        time.sleep(0.2)
    while time.time() < deadline:
        c.request("GET", "/mentor", None, "page")
        status, waiting = c.request("GET", "/api/v1/time-entries?status=submitted", None, "api")
        if status == 200 and waiting:
            ids = [e["id"] for e in waiting[:5]]
            c.request("POST", "/api/v1/time-entries/confirm", {"ids": ids}, "confirm")
        elif status == 401:
            c.login(email)
        time.sleep(0.05)


def caseworker(deadline):
    while time.time() < deadline:
        c = Client()
        if c.login(CASEWORKER):
            for _ in range(5):
                c.request("GET", "/sagsbehandler", None, "page")


def main():
    deadline = time.time() + SECONDS
    threads = [threading.Thread(target=citizen, args=(w, CITIZENS[w % 2], deadline)) for w in range(4)]
    threads += [threading.Thread(target=mentor, args=(m, deadline)) for m in MENTORS]
    threads.append(threading.Thread(target=caseworker, args=(deadline,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(f"{WORK}/requests.tsv", "w") as f:
        for t, kind, status in log:
            f.write(f"{t:.3f}\t{kind}\t{status}\n")
    with open(f"{WORK}/acked.tsv", "w") as f:
        for cid, eid in acked:
            f.write(f"{cid}\t{eid}\n")
    with open(f"{WORK}/sent.txt", "w") as f:
        f.write("\n".join(sent) + "\n")


main()
