"""Load for the fault scripts (crash.sh, outage.sh): clients that keep filing applications through the
API and supporting petitions as signed-in residents until a stop file appears, and write down every
answer the portal acknowledged, one line each, as soon as it comes (a receipt number, a support seen
on the petition's page). A client whose server vanished keeps trying, signing in again when its
session is gone; what was never acknowledged is not written down.

usage: faultload.py BASE TOKEN SERVICE ANSWERS_JSON PETITIONS PASSWORD FILERS SUPPORTERS ACKS STOP [TIMELINE [OFFICER]]
ACKS gets "A <receipt number> <answers>" and "S <petition id> <supporter number>" lines; TIMELINE, if
given, gets "<epoch seconds> <kind> <http status>" for every request (kind: api, page, support, case).
OFFICER, if given, signs in as that officer and keeps opening the case pages of the filed applications
(each opening a read of the applicant's personal data, written to the access log).
"""
import http.cookiejar
import json
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

(base, token, service, answers_json, petitions, password, filers, supporters, acks_path,
 stop_path) = sys.argv[1:11]
timeline_path = sys.argv[11] if len(sys.argv) > 11 and sys.argv[11] else None
officer = sys.argv[12] if len(sys.argv) > 12 else None
filed_numbers = []
answers = json.loads(answers_json)
petitions = [p for p in petitions.split(",") if p]
HIDDEN = re.compile(r'<input[^>]*type="hidden"[^>]*>')
ATTR = re.compile(r'(name|value)="([^"]*)"')
lock = threading.Lock()
acks = open(acks_path, "a", buffering=1)
timeline = open(timeline_path, "a", buffering=1) if timeline_path else None
counts = {"filed": 0, "supported": 0, "refused": 0, "failed": 0}


def note(kind, status):
    if timeline:
        with lock:
            timeline.write("%.3f %s %s\n" % (time.time(), kind, status))


def ack(line, what):
    with lock:
        acks.write(line + "\n")
        counts[what] += 1


def stopped():
    return os.path.exists(stop_path)


def filer(n):
    body = json.dumps({"answers": answers}).encode()
    while not stopped():
        req = urllib.request.Request(base + "/api/services/%s/applications" % service, data=body, method="POST",
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json",
                                              "Idempotency-Key": str(uuid.uuid4()), "Accept-Language": "ko"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                status = r.status
                reply = json.loads(r.read().decode())
            note("api", status)
            if status == 201 and reply.get("number"):
                ack("A %s %d" % (reply["number"], len(answers)), "filed")
                filed_numbers.append(reply["number"])
        except urllib.error.HTTPError as e:
            note("api", e.code)
            with lock:
                counts["refused"] += 1
            time.sleep(0.2)
        except Exception:
            note("api", 0)
            with lock:
                counts["failed"] += 1
            time.sleep(0.2)


def hidden_fields(html, form):
    m = re.search(r'<form[^>]*id="%s"[^>]*>(.*?)</form>' % form, html, re.S)
    out = {}
    for tag in HIDDEN.findall(m.group(1) if m else ""):
        a = dict(ATTR.findall(tag))
        if "name" in a:
            out[a["name"]] = a.get("value", "").replace("&amp;", "&")
    n = re.search(r'name="primefaces.nonce"[^>]*value="([^"]*)"', html)
    if n and "primefaces.nonce" not in out:
        out["primefaces.nonce"] = n.group(1)
    return out


def supporter(n):
    """Supports each petition once, in turn; a support counts as acknowledged when the portal answered
    the form with the petition's own page (its redirect after the support was stored)."""
    todo = list(petitions)
    opener = None
    while todo and not stopped():
        try:
            if opener is None:
                opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
                page = opener.open(base + "/login.xhtml", timeout=30).read().decode("utf-8", "replace")
                f = hidden_fields(page, "signInForm")
                f.update({"signInForm": "signInForm", "email": "bench.supporter.%d@bench.example.kr" % n,
                          "password": password, "submit": "sign in"})
                r = opener.open(urllib.request.Request(base + "/login.xhtml", data=urllib.parse.urlencode(f).encode(),
                                                       headers={"Origin": base}), timeout=30)
                r.read()
                if "/login.xhtml" in r.geturl():
                    raise RuntimeError("not signed in")
            pid = todo[0]
            path = "/my/petitions/support.xhtml?id=" + pid
            r = opener.open(base + path, timeout=30)
            page = r.read().decode("utf-8", "replace")
            note("page", r.status)
            if "login.xhtml" in r.geturl():
                opener = None  # the session died with the server: sign in again
                continue
            f = hidden_fields(page, "supportForm")
            if "jakarta.faces.ViewState" not in f:
                todo.pop(0)  # already supported (no form), from before a crash: checked in the database
                continue
            f.update({"supportForm": "supportForm", "support": "support"})
            r = opener.open(urllib.request.Request(base + path, data=urllib.parse.urlencode(f).encode(),
                                                   headers={"Origin": base}), timeout=30)
            r.read()
            note("support", r.status)
            if "/petitions/petition.xhtml" in r.geturl():
                ack("S %s %d" % (pid, n), "supported")
                todo.pop(0)
            else:
                with lock:
                    counts["refused"] += 1
        except urllib.error.HTTPError as e:
            note("support", e.code)
            with lock:
                counts["failed"] += 1
            if e.code in (401, 403):
                opener = None
            time.sleep(0.2)
        except Exception:
            note("support", 0)
            with lock:
                counts["failed"] += 1
            opener = None
            time.sleep(0.3)


def sign_in(email):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    page = opener.open(base + "/login.xhtml", timeout=30).read().decode("utf-8", "replace")
    f = hidden_fields(page, "signInForm")
    f.update({"signInForm": "signInForm", "email": email, "password": password, "submit": "sign in"})
    r = opener.open(urllib.request.Request(base + "/login.xhtml", data=urllib.parse.urlencode(f).encode(),
                                           headers={"Origin": base}), timeout=30)
    r.read()
    if "/login.xhtml" in r.geturl():
        raise RuntimeError("not signed in")
    return opener


def reader():
    opener = None
    while not stopped():
        try:
            if not filed_numbers:
                time.sleep(0.5)
                continue
            if opener is None:
                opener = sign_in(officer)
            r = opener.open(base + "/office/case.xhtml?number=" + filed_numbers[-1], timeout=30)
            r.read()
            note("case", r.status)
            if "login.xhtml" in r.geturl():
                opener = None
            time.sleep(0.5)
        except Exception:
            note("case", 0)
            opener = None
            time.sleep(0.5)


threads = [threading.Thread(target=filer, args=(i,), daemon=True) for i in range(int(filers))]
threads += [threading.Thread(target=supporter, args=(i,), daemon=True) for i in range(1, int(supporters) + 1)]
if officer:
    threads.append(threading.Thread(target=reader, daemon=True))
for t in threads:
    t.start()
while not stopped():
    time.sleep(0.2)
for t in threads:
    t.join(timeout=40)
print("%(filed)d %(supported)d %(refused)d %(failed)d" % counts)
