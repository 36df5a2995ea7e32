#!/usr/bin/env python3
"""Regenerate the derived name tables under data/ from the public lists in ../shared/data/.

Only facts are taken (names, Hangul names, aliases, years, networks, group membership); no
source file is copied, and every row says where it came from in a `source` column. The
hand-curated files (data/dramas_extra.csv, data/acts.csv, data/surnames.csv) are not
written here; the Rust build reads them beside these.

Written:
- groups.csv, members.csv: the groups and members the current extractor reads
  (kpopnet, dbkpop-idols hweebaak-2021);
- dramas.csv: drama titles with Hangul titles and aliases (kdrama-titles);
- dramas_mdl.csv: English titles with year and network (mdl-kdrama);
- dramas_ko.csv: Hangul titles, spaces stripped as the source has them, with year and
  network (kdrama-titles-ko, Korean Wikipedia rows);
- dramas_ko_namuwiki.csv: the (title, year) pairs of kdrama-titles-ko that only the
  Namuwiki-derived rows give (CC BY-NC-SA: a build can leave this file out);
- performers.csv: every group, member, soloist and act of kpopnet, dbkpop-idols (both
  snapshots) and kpop-artists (collaborations split into their acts), with Hangul and
  romanised forms.

Usage: python3 scripts/derive_tables.py [SHARED_DATA_DIR [OUT_DIR]]
(OUT_DIR defaults to data/; tests/tables_coverage.rs writes elsewhere and compares.)
"""
import csv
import json
import re
import sys
from pathlib import Path

shared = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
data = Path(__file__).resolve().parents[1] / "data"
out = Path(sys.argv[2]) if len(sys.argv) > 2 else data
out.mkdir(parents=True, exist_ok=True)


def key(s):
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def clean(s):
    """Trimmed, with the Unicode hyphen (U+2010) some lists use written as `-`."""
    return re.sub(r"\s+", " ", (s or "").replace("\u2010", "-")).strip()


def write(name, header, rows):
    with open(out / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def read_csv(path):
    with open(path, encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


# --- groups.csv and members.csv: the tables the current extractor reads ------------------

groups = {}  # display name -> {"aliases": set, "korean": str, "sources": set}
members = {}  # (group display, member, korean) -> sources
display = {}  # key -> display name; the all-caps spelling wins (stylised names like GFRIEND)


def group(name, source, alias="", korean=""):
    k = key(name)
    old = display.get(k)
    if old is None or (name.isupper() and not old.isupper()):
        if old is not None and old != name:
            groups[name] = groups.pop(old)
        display[k] = name
    name = display[k]
    g = groups.setdefault(name, {"aliases": set(), "korean": "", "sources": set()})
    g["sources"].add(source)
    for a in alias.replace("/", ",").split(","):
        a = a.strip()
        if a and a != name:
            g["aliases"].add(a)
    if korean and not g["korean"]:
        g["korean"] = korean.strip()


def member(g, m, k, source):
    members.setdefault((g, m, k), set()).add(source)


# kpopnet (CC0): girl groups, sub-units, members.
net = json.load(open(shared / "kpopnet" / "kpopnet.json", encoding="utf-8"))
idols = {i["id"]: i for i in net["idols"]}
net_groups = {g["id"]: g for g in net["groups"]}
for g in net["groups"]:
    group(g["name"], "kpopnet", g.get("name_alias") or "", g.get("name_original") or "")
    for m in g["members"]:
        i = idols.get(m["idol_id"])
        if i:
            member(g["name"], i["name"], i.get("name_original") or "", "kpopnet")
    parent = net_groups.get(g.get("parent_id"))
    if parent:
        member(parent["name"], g["name"], g.get("name_original") or "", "kpopnet")

# dbkpop snapshot with Hangul names (boy and girl groups; facts only).
base = shared / "dbkpop-idols" / "hweebaak-2021"
short = {}
for fname in ("kpop_idols_boy_groups.csv", "kpop_idols_girl_groups.csv"):
    for r in read_csv(base / fname):
        name = r["Name"].strip()
        group(name, "dbkpop-idols", r["Short"], r["Korean Name"])
        if r["Short"].strip():
            short[r["Short"].strip()] = name
for r in read_csv(base / "kpop_idols.csv"):
    g = r["Group"].strip()
    if not g:
        continue
    g = short.get(g, g)
    group(g, "dbkpop-idols")
    member(g, r["Stage Name"].strip(), r["K. Stage Name"].strip(), "dbkpop-idols")

merged = {}
for (g, m, k), s in members.items():
    merged.setdefault((display.get(key(g), g), m, k), set()).update(s)
write(
    "groups.csv",
    ["group", "aliases", "korean", "source"],
    ([n, "|".join(sorted(groups[n]["aliases"])), groups[n]["korean"], "|".join(sorted(groups[n]["sources"]))]
     for n in sorted(groups)),
)
write("members.csv", ["group", "member", "korean", "source"], (list(r) + ["|".join(sorted(merged[r]))] for r in sorted(merged)))

# --- performers.csv: every performer of the three lists ----------------------------------

performers = {}  # (kind, name key, group key) -> row dict
pdisplay = {}  # key -> display name of a group, the all-caps spelling winning


def pgroup_name(name):
    name = clean(name)
    k = key(name)
    old = pdisplay.get(k)
    if old is None or (name.isupper() and not old.isupper()):
        pdisplay[k] = name
    return k


def performer(kind, name, source, korean="", aliases=(), grp=""):
    name = clean(name)
    if not key(name):
        return
    gk = pgroup_name(grp) if grp else ""
    if kind == "group":
        pgroup_name(name)
    k = (kind, key(name), gk)
    p = performers.setdefault(k, {"name": name, "korean": "", "aliases": set(), "sources": set()})
    if name.isupper() and not p["name"].isupper():
        p["aliases"].add(p["name"])
        p["name"] = name
    korean = clean(korean)
    if korean and not p["korean"]:
        p["korean"] = korean
    elif korean and korean != p["korean"]:
        p["aliases"].add(korean)
    for a in aliases:
        a = clean(a)
        if a and a != p["name"] and a != p["korean"]:
            p["aliases"].add(a)
    p["sources"].add(source)


for g in net["groups"]:
    alias = [a for a in (g.get("name_alias") or "").replace("/", ",").split(",")]
    performer("group", g["name"], "kpopnet", g.get("name_original") or "", alias)
    parent = net_groups.get(g.get("parent_id"))
    if parent:
        performer("member", g["name"], "kpopnet", g.get("name_original") or "", (), parent["name"])
for i in net["idols"]:
    forms = [i.get("real_name") or "", i.get("real_name_original") or ""]
    forms += (i.get("name_alias") or "").split(",")
    gs = [net_groups[gid]["name"] for gid in i.get("groups") or [] if gid in net_groups]
    for g in gs or [""]:
        performer("member" if g else "soloist", i["name"], "kpopnet", i.get("name_original") or "", forms, g)

for snapshot, hangul in (("hweebaak-2021", True), ("charliezcr-2021", False)):
    base = shared / "dbkpop-idols" / snapshot
    shorts = {}
    for fname in ("kpop_idols_boy_groups.csv", "kpop_idols_girl_groups.csv"):
        for r in read_csv(base / fname):
            alias = [r["Short"]] if r["Short"].strip() else []
            performer("group", r["Name"], "dbkpop-idols", r.get("Korean Name", "") if hangul else "", alias)
            if r["Short"].strip():
                shorts[r["Short"].strip()] = r["Name"].strip()
    for r in read_csv(base / "kpop_idols.csv"):
        korean = r.get("K. Stage Name", "") if hangul else ""
        forms = [r["Full Name"], r.get("Korean Name", "") if hangul else ""]
        gs = [shorts.get(r["Group"].strip(), r["Group"].strip())] if r["Group"].strip() else []
        gs += [o.strip() for o in r["Other Group"].split(",") if o.strip()]
        for g in gs[1:]:
            performer("group", g, "dbkpop-idols")
        for g in gs or [""]:
            performer("member" if g else "soloist", r["Stage Name"], "dbkpop-idols", korean, forms, g)

# kpop-artists: artist strings, collaborations ("A, B", "A & B", "A feat. B") split into acts.
acts = {key(r["act"]) for r in read_csv(data / "acts.csv")}


def split_acts(s):
    s = clean(s)
    if key(s) in acts:
        return [s]
    parts = []
    for p in re.split(r",\s+|\s+(?:feat\.?|ft\.?|featuring|with|[xX×])\s+", s):
        p = p.strip()
        if " - " in p:  # "Group - MEMBER & MEMBER": a sub-unit credit; the group is the act
            p = p.split(" - ")[0].strip()
        m = re.fullmatch(r"(.+?)\s+\(([^()]+)\)", p)  # "DAY6 (Even of Day)": both names
        if m:
            parts.append(m.group(1))
            if "&" not in m.group(2):
                parts.append(m.group(2))
            continue
        if key(p) in acts:
            parts.append(p)
        else:
            parts.extend(q.strip() for q in re.split(r"\s+&\s+", p))
    return [p for p in parts if key(p)]


for r in read_csv(shared / "kpop-artists" / "kpop_artists.csv"):
    for a in split_acts(r["artist"]):
        hangul = re.search("[\uac00-\ud7a3]", a) is not None
        performer("act", a, "kpop-artists")

rows = []
for (kind, _, gk), p in performers.items():
    rows.append([p["name"], p["korean"], "|".join(sorted(p["aliases"])), kind, pdisplay.get(gk, ""), "|".join(sorted(p["sources"]))])
rows.sort(key=lambda r: (r[3], r[0], r[4]))
write("performers.csv", ["name", "korean", "aliases", "kind", "group", "source"], rows)

# --- drama titles ------------------------------------------------------------------------

# kdrama-titles: English title, Hangul title, alternative titles.
rows = read_csv(shared / "kdrama-titles" / "082022_batch_info.csv")
drama_rows = []
for r in sorted(rows, key=lambda r: r["English"]):
    other = [o.strip() for o in r["Other"].split("___") if o.strip() and o.strip() != "---"]
    korean = r["Korean"].strip()
    if korean == "---":  # the list's mark for "none"
        korean = ""
    drama_rows.append([r["English"].strip(), korean, "|".join(other), "kdrama-titles"])
write("dramas.csv", ["title", "korean", "aliases", "source"], drama_rows)

# mdl-kdrama: English (MyDramaList) titles with year and original network.
mdl = set()
for r in read_csv(shared / "mdl-kdrama" / "korean_drama_titles.csv"):
    mdl.add((clean(r["drama_name"]), r["year"].strip(), clean(r["org_net"]), "mdl-kdrama"))
write("dramas_mdl.csv", ["title", "year", "network", "source"], sorted(mdl))


# kdrama-titles-ko: Hangul titles (spaces stripped by the source) with year and channel.
def channel(s):
    s = re.sub(r"\s*\([^)]*\)", "", s or "")  # "OCN (텔레비전 채널)" -> "OCN"
    return re.sub(r"\s*[|/]\s*", "|", clean(s)).strip("|")


def year(r):
    y = r["year"].strip()
    if not y:
        m = re.search(r"(19|20)\d\d", r["broadcast_period"])
        y = m.group(0) if m else ""
    return y


ko = read_csv(shared / "kdrama-titles-ko" / "kdrama_ko_titles.csv")
# A (title, year) pair is Korean Wikipedia's when a kowiki row gives it; the rest come from
# Namuwiki rows (or the source's merge of both), which are kept in their own file.
rank = {"kowiki": 0, "merged": 1, "namuwiki": 2}
best = {}
for r in ko:
    t = clean(r["title_ko_clean"])
    if not t:
        continue
    k = (t, year(r))
    if k not in best or rank[r["source"]] < rank[best[k]["source"]]:
        best[k] = r
wiki = sorted([t, y, channel(r["channel"]), "kowiki"] for (t, y), r in best.items() if r["source"] == "kowiki")
namu = sorted([t, y, channel(r["channel"]), "namuwiki"] for (t, y), r in best.items() if r["source"] != "kowiki")
write("dramas_ko.csv", ["title", "year", "network", "source"], wiki)
write("dramas_ko_namuwiki.csv", ["title", "year", "network", "source"], namu)

print(
    f"{len(groups)} groups, {len(merged)} members, {len(performers)} performer rows, "
    f"{len(drama_rows)} + {len(mdl)} + {len(wiki)} + {len(namu)} drama rows written to {out}"
)
