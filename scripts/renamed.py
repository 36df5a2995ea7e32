#!/usr/bin/env python3
"""Renames the dramas and singers of a folder of annotated articles to invented names,
gold alike: a check of how much reading leans on the name tables, on real articles'
shapes. A user's next article names dramas and singers the tables may not know.

    scripts/renamed.py ../shared/dev /tmp/renamed-dev [dramas|artists|both]
    ostract extract /tmp/renamed-dev/articles -q -o /tmp/r.json
    ostract eval --gold /tmp/renamed-dev/gold /tmp/r.json

Every gold drama of two words or more (one-word titles are words too, `Hero`), and every
credited singer and group, gets a name drawn from small invented vocabularies (a seeded
draw: the same folder renames the same way). The article's text is rewritten wherever the
name is written whole (any case; `’` and `'` alike; a Korean name before its particle).
A name the text writes otherwise (`Kim Kyung-hee` for gold `Kim Kyung Hee`) keeps its old
form in the text: its record then scores as missed, so figures are a floor. Writes only
under OUT; the source folder is read."""
import glob
import json
import os
import random
import re
import sys

EN_A = ["Vellum", "Quiet", "Amber", "Paper", "Salt", "Hollow", "Ninth", "Velvet", "Copper",
        "Lantern", "Mist", "Ivory", "Cobalt", "Winter", "Tidal", "Marble", "Ember", "Willow"]
EN_B = ["Orchard", "Lanterns", "Harbor", "Hours", "Letters", "Kingdom", "Tides", "Garden",
        "Station", "Season", "Promise", "Bridges", "Lighthouse", "Clockwork", "Archive"]
SURNAMES = ["Pyo", "Seol", "Ahn", "Ok", "Gong", "Tak", "Yeon", "Bang", "Ma", "Eom", "Cheon",
            "Bong", "Pi", "Myung", "Seok", "Hyeon", "Dokgo", "Jegal"]
GIVEN = ["Ha-rim", "Seo-ul", "Do-hyeon", "Ye-rin", "Ji-an", "Ba-ram", "Na-rae", "Ro-woon",
         "Ha-neul", "Si-on", "Da-on", "Yu-chan", "Bo-mi", "Ga-eun", "Tae-rim", "Seul-gi"]
STAGE = ["Lumio", "Renna", "Dalbit", "Sorin", "Mirae", "Tavi", "Kyro", "Nuri", "Oria", "Zeno",
         "Haru", "Vesper", "Rowan", "Saeby", "Ilwa", "Pemi", "Quon", "Yeri", "Dasol", "Olin"]
GROUPS = ["VANTA", "LUMINA", "NOVA", "ECHOLINE", "PRISM", "SOLACE", "ORBIT", "KAIROS"]
KO_SYLLABLES = list("가나다라마바사아자하서윤지도은태연채린")
KO_A = ["은빛", "푸른", "붉은", "검은", "하얀", "작은", "마지막", "비밀의"]
KO_B = ["항구", "등대", "정원", "기차", "편지", "계절", "왕국", "다리"]


def hangul(s):
    return any("\uac00" <= c <= "\ud7a3" for c in s)


class Names:
    def __init__(self, seed=7):
        self.rnd = random.Random(seed)
        self.used = set()

    def fresh(self, make):
        for _ in range(10000):
            name = make()
            if name not in self.used:
                self.used.add(name)
                return name
        raise SystemExit("ran out of invented names")

    def drama(self, old):
        r = self.rnd
        if hangul(old):
            return self.fresh(lambda: f"{r.choice(KO_A)} {r.choice(KO_B)}")
        return self.fresh(lambda: f"{r.choice(EN_A)} {r.choice(EN_B)}")

    def person(self, old):
        r = self.rnd
        if hangul(old):
            return self.fresh(lambda: "".join(r.sample(KO_SYLLABLES, 3)))
        if " " in old.strip():
            return self.fresh(lambda: f"{r.choice(SURNAMES)} {r.choice(GIVEN)}")
        if old.isupper() and len(old) > 2:
            return self.group()
        return self.fresh(lambda: r.choice(STAGE) + r.choice(["", "a", "e", "o", "i", "n", "y"]))

    def group(self):
        r = self.rnd
        return self.fresh(lambda: f"{r.choice(GROUPS)}{r.randint(2, 9)}")


def as_list(v):
    if not v:
        return []
    return [v] if isinstance(v, str) else list(v)


MEMBER = re.compile(r"^(.*?)\s*\(([^)]*)\)$")


def renamings(gold, what, names, m):
    for r in gold["records"]:
        if what in ("dramas", "both"):
            for d in [r["drama"]] + as_list(r.get("drama_alt")):
                if d and d not in m and len(d) >= 3 and (" " in d.strip() or hangul(d)):
                    m[d] = names.drama(d)
        if what in ("artists", "both"):
            for credit in [r["artists"]] + list(r.get("artists_alt") or []):
                for a in credit:
                    g = MEMBER.match(a)
                    person, group = (g.group(1), g.group(2)) if g else (a, None)
                    if person and person not in m and len(person) >= 2:
                        m[person] = names.person(person)
                    if group and group not in m and len(group) >= 2:
                        m[group] = names.group()


def rename_text(text, m):
    keys = sorted(m, key=len, reverse=True)
    if not keys:
        return text

    def pattern(k):
        p = "".join("['’]" if c in "'’" else re.escape(c) for c in k)
        # A Korean name is followed by its particle (`조성모의`): no word end after it.
        return r"(?<!\w)" + p + ("" if hangul(k) else r"(?!\w)")

    regex = re.compile("|".join(f"({pattern(k)})" for k in keys), re.I)
    return regex.sub(lambda x: m[keys[x.lastindex - 1]], text)


def rename_credit(a, m):
    if a in m:
        return m[a]
    g = MEMBER.match(a)
    if g and g.group(1) in m:
        return f"{m[g.group(1)]} ({m.get(g.group(2), g.group(2))})"
    return a


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    what = sys.argv[3] if len(sys.argv) > 3 else "both"
    if what not in ("dramas", "artists", "both"):
        raise SystemExit(f"unknown kind of name {what!r}: dramas, artists or both")
    os.makedirs(f"{out}/articles", exist_ok=True)
    os.makedirs(f"{out}/gold", exist_ok=True)
    names = Names()
    for path in sorted(glob.glob(f"{src}/gold/*.json")):
        gold = json.load(open(path, encoding="utf-8"))
        stem = os.path.basename(path)[:-5]
        articles = glob.glob(f"{src}/articles/{stem}.*")
        if not articles:
            continue
        raw = open(articles[0], "rb").read()
        for encoding in ["utf-8", "euc-kr", "cp1252"]:
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise SystemExit(f"{articles[0]}: no encoding reads it")
        m = {}
        renamings(gold, what, names, m)
        text = rename_text(text, m)
        for r in gold["records"]:
            r["drama"] = m.get(r["drama"], r["drama"])
            alt = r.get("drama_alt")
            if isinstance(alt, str):
                r["drama_alt"] = m.get(alt, alt)
            elif alt:
                r["drama_alt"] = [m.get(x, x) for x in alt]
            r["artists"] = [rename_credit(a, m) for a in r["artists"]]
            if r.get("artists_alt"):
                r["artists_alt"] = [[rename_credit(a, m) for a in c] for c in r["artists_alt"]]
        name = os.path.basename(articles[0])
        with open(f"{out}/articles/{name}", "wb") as f:
            f.write(text.encode(encoding, errors="replace"))
        with open(f"{out}/gold/{stem}.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
