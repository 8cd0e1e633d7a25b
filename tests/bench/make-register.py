#!/usr/bin/env python3
"""Writes a synthetic register export (EMIS-style CSV, UTF-8, CRLF) of N patients, for the import's memory and
speed measurements (tests/bench/import-memory.sh). Every NHS number passes the Modulus 11 check; names carry
accents and apostrophes; nobody in it is real. usage: make-register.py N FILE"""
import random
import sys


def nhs_number(seed):
    while True:
        base = 900000000 + seed
        weights = sum(int(d) * (10 - k) for k, d in enumerate(str(base)))
        check = 11 - weights % 11
        check = 0 if check == 11 else check
        if check != 10:
            return f"{base}{check}"
        seed += 7919


def main():
    count, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(7)
    surnames = ["Smith", "Jones", "O'Brien", "Müller", "Nowak", "Patel", "Khan", "Begum", "Taylor", "Brown"]
    forenames = ["Ann", "Siobhán", "Zoë", "Mohammed", "Renée", "Jack", "Olivia", "Noah", "Amelia", "Leo"]
    seen = set()
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("NHS Number,Surname,Forename,Date of Birth,Sex,Address,Postcode,Registration Date\r\n")
        i = 0
        while len(seen) < count:
            number = nhs_number(i * 13 + 1)
            i += 1
            if number in seen:
                continue
            seen.add(number)
            out.write(f"{number},{rng.choice(surnames)},{rng.choice(forenames)},"
                      f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1930, 2009)},"
                      f"{rng.choice('MF')},\"{rng.randint(1, 200)} High Street, Leyton\","
                      f"E{rng.randint(1, 18)} {rng.randint(1, 9)}AB,01/01/2000\r\n")


if __name__ == "__main__":
    main()
