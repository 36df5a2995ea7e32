#!/usr/bin/env python3
"""Regenerate the name tables under data/ from the public lists in ../shared/data/.

Only facts are taken (group names, their Hangul names and aliases, member stage names,
drama titles and alternative titles); no source file is copied. Hand-curated rows live
in data/*_extra.csv and are merged in by the Rust build, not by this script.

Usage: python3 scripts/derive_tables.py [SHARED_DATA_DIR]
"""
import csv
import json
import sys
from pathlib import Path

shared = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
out = Path(__file__).resolve().parents[1] / "data"

groups = {}  # display name -> {"aliases": set, "korean": str}
members = set()  # (group display, member, korean)


def key(s):
    return "".join(ch for ch in s.casefold() if ch.isalnum())


display = {}  # key -> display name; the all-caps spelling wins (stylised names like GFRIEND)


def group(name, alias="", korean=""):
    k = key(name)
    old = display.get(k)
    if old is None or (name.isupper() and not old.isupper()):
        if old is not None and old != name:
            groups[name] = groups.pop(old)
        display[k] = name
    name = display[k]
    g = groups.setdefault(name, {"aliases": set(), "korean": ""})
    for a in alias.replace("/", ",").split(","):
        a = a.strip()
        if a and a != name:
            g["aliases"].add(a)
    if korean and not g["korean"]:
        g["korean"] = korean.strip()


# kpopnet (CC0): girl groups, sub-units, members.
net = json.load(open(shared / "kpopnet" / "kpopnet.json", encoding="utf-8"))
idols = {i["id"]: i for i in net["idols"]}
for g in net["groups"]:
    group(g["name"], g.get("name_alias") or "", g.get("name_original") or "")
    for m in g["members"]:
        i = idols.get(m["idol_id"])
        if i:
            members.add((g["name"], i["name"], i.get("name_original") or ""))
    if g.get("parent_id"):
        parent = next((p for p in net["groups"] if p["id"] == g["parent_id"]), None)
        if parent:
            members.add((parent["name"], g["name"], g.get("name_original") or ""))

# dbkpop snapshot (boy and girl groups; facts only).
base = shared / "dbkpop-idols" / "hweebaak-2021"
short = {}
for fname in ("kpop_idols_boy_groups.csv", "kpop_idols_girl_groups.csv"):
    for r in csv.DictReader(open(base / fname, encoding="utf-8-sig")):
        name = r["Name"].strip()
        group(name, r["Short"], r["Korean Name"])
        if r["Short"].strip():
            short[r["Short"].strip()] = name
for r in csv.DictReader(open(base / "kpop_idols.csv", encoding="utf-8-sig")):
    g = r["Group"].strip()
    if not g:
        continue
    g = short.get(g, g)
    group(g)
    members.add((g, r["Stage Name"].strip(), r["K. Stage Name"].strip()))

members = {(display.get(key(g), g), m, k) for g, m, k in members}
with open(out / "groups.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["group", "aliases", "korean"])
    for name in sorted(groups):
        g = groups[name]
        w.writerow([name, "|".join(sorted(g["aliases"])), g["korean"]])
with open(out / "members.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["group", "member", "korean"])
    for row in sorted(members):
        w.writerow(row)

# Drama titles with their Korean and alternative titles.
rows = csv.DictReader(open(shared / "kdrama-titles" / "082022_batch_info.csv", encoding="utf-8-sig"))
with open(out / "dramas.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["title", "korean", "aliases"])
    for r in sorted(rows, key=lambda r: r["English"]):
        other = [o.strip() for o in r["Other"].split("___") if o.strip() and o.strip() != "---"]
        w.writerow([r["English"].strip(), r["Korean"].strip(), "|".join(other)])
print(f"{len(groups)} groups, {len(members)} members written to {out}")
