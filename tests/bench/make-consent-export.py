#!/usr/bin/env python3
"""Writes an EMIS-style export of SCR consent codes for every patient of a practice file: each coded choice's code
on its date, 9Ndl for about a third of the rest, another programme's code now and then, and an older entry before
some patients' latest (a whole history). usage: make-consent-export.py PRACTICE.sqlite OUT.csv"""
import random
import sqlite3
import sys

practice, out = sys.argv[1], sys.argv[2]
rng = random.Random(2010)
db = sqlite3.connect(practice)
coded = dict(
    ((pid, (code, date)) for pid, code, date in db.execute(
        "SELECT patient_id, read_code, event_date FROM consent_events WHERE type = 'coded' ORDER BY id")))
with open(out, 'w', newline='') as f:
    f.write('"Patient Name","NHS Number","Date of Birth","Code","Term","Date"\r\n')
    for pid, nhs, surname, given, dob in db.execute(
            "SELECT id, nhs_number, family_name, given_name, date_of_birth FROM patients ORDER BY id"):
        spaced = f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}"
        name = f"{surname.upper()}, {given}"
        rows = []
        if pid in coded:
            code, date = coded[pid]
            if rng.random() < 0.2:
                rows.append(('9Ndl.', 'Implied consent for core SCR dataset upload', '2009-11-02'))
            rows.append((code + '.' * (5 - len(code)), 'SCR consent code', date))
        elif rng.random() < 0.33:
            rows.append(('9Ndl.', 'Implied consent for core SCR dataset upload', '2010-01-20'))
        if rng.random() < 0.05:
            rows.append(('137R.', 'Current smoker', '2008-05-14'))
        for code, term, date in rows:
            y, m, d = date.split('-')
            f.write(f'"{name}","{spaced}","{dob}","{code}","{term}","{d}/{m}/{y}"\r\n')
