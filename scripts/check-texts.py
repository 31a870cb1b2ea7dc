#!/usr/bin/env python3
"""Fails when a page, component or island holds user-visible text outside the text layer
(app/locales/*/*.ftl, used through i18n::t/tr). Run by scripts/test.sh (and so by .ci/run).

A string literal counts as text when it sits where a person reads it:
  * a text child in view! markup            <h1>"Mine timer"</h1>
  * a visible attribute or prop             aria-label="Vis"  title="…"  label="Borger"
  * any literal that reads as words: Danish letters, or a capital followed by a lowercase word
    ("Gem rettelse", "Afvist: {r}")
What is not text is allowed: class names, routes, ids, input names, punctuation and symbols
(" – ", "·", "‹"), format strings made only of placeholders ("{}{}"), and lines marked
`// not text: <why>`.

Files not yet moved to the text layer are listed in scripts/texts-pending.txt. The check fails
when one of them is clean (take it off the list), so the list only shrinks.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCOPE = ["app/src/pages", "app/src/components", "app/src/pwa.rs", "app/src/app.rs"]
PENDING_FILE = ROOT / "scripts" / "texts-pending.txt"

STRING = re.compile(r'(?<![A-Za-z0-9_#])"((?:[^"\\\n]|\\.)*)"')
VISIBLE_ATTR = re.compile(r'(?:aria-label|aria-description|title|placeholder|alt|label|text|summary)\s*=\s*$')
ATTR = re.compile(r'[A-Za-z_:][-A-Za-z0-9_:]*\s*=\s*$')
WORDY = re.compile(r"[æøåÆØÅ]|\b[A-ZÆØÅ][a-zæøå]+\b.*\b[a-zæøå]{2,}\b|\b[A-ZÆØÅ][a-zæøå]{2,}\b")
LETTER = re.compile(r"[A-Za-zÀ-ɏͰ-ϿЀ-ӿ؀-ۿ]")


def strip_comments(line: str) -> str:
    # Good enough for this code base: no "//" inside string literals in the scanned files
    # except URLs, which never hold text.
    out, in_str, i = [], False, 0
    while i < len(line):
        c = line[i]
        if c == '"' and (i == 0 or line[i - 1] != "\\"):
            in_str = not in_str
        if not in_str and line.startswith("//", i):
            break
        out.append(c)
        i += 1
    return "".join(out)


def findings(path: pathlib.Path):
    text = path.read_text(encoding="utf-8")
    in_view = 0
    in_tests = False
    for number, raw in enumerate(text.splitlines(), 1):
        if "#[cfg(test)]" in raw:
            in_tests = True
        if in_tests:
            continue
        if "// not text" in raw:
            continue
        stripped = raw.strip()
        if stripped.startswith("//") or stripped.startswith("#[") or stripped.startswith("///"):
            continue
        line = strip_comments(raw)
        if "view!" in line:
            in_view += 1
        for m in STRING.finditer(line):
            value = m.group(1)
            if not LETTER.search(value):
                continue  # punctuation, symbols, numbers, placeholders only
            before = line[: m.start()]
            after = line[m.end():]
            if VISIBLE_ATTR.search(before):
                yield number, value, "visible attribute"
                continue
            if ATTR.search(before):
                continue  # class=, id=, name=, href=, type= …
            if re.search(r"(tracing::|log::|panic!|expect\(|unreachable!|debug_assert|assert)", before):
                continue
            child = in_view and re.search(r"[>}]\s*$", before) and re.match(r"\s*[<{]", after)
            if child and not re.fullmatch(r"[a-z0-9_\-./ ]*", value):
                yield number, value, "text in markup"
                continue
            if WORDY.search(value) and not re.fullmatch(r"[A-Za-z0-9_]+", value):
                yield number, value, "words"


def main() -> int:
    pending = set()
    if PENDING_FILE.exists():
        pending = {l.strip() for l in PENDING_FILE.read_text().splitlines() if l.strip() and not l.startswith("#")}
    files = []
    for s in SCOPE:
        p = ROOT / s
        files += sorted(p.rglob("*.rs")) if p.is_dir() else [p]
    failed = False
    pending_counts = {}
    for f in files:
        rel = str(f.relative_to(ROOT))
        found = list(findings(f))
        if rel in pending:
            pending_counts[rel] = len(found)
            if not found:
                print(f"check-texts: {rel} holds no text any more: take it off {PENDING_FILE.name}")
                failed = True
            continue
        for number, value, why in found:
            print(f"{rel}:{number}: {why}: \"{value}\" belongs in app/locales (i18n::t)")
            failed = True
    for rel in sorted(pending - {str(f.relative_to(ROOT)) for f in files}):
        print(f"check-texts: {rel} is listed in {PENDING_FILE.name} but does not exist")
        failed = True
    left = sum(pending_counts.values())
    print(f"check-texts: {len(files) - len(pending_counts)} files clean; {len(pending_counts)} still to move ({left} texts)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
