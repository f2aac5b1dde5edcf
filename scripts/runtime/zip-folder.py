"""Zip files into an archive (stdlib only, so the build needs nothing but python3).

usage: zip-folder.py OUT.zip PREFIX=DIR [PREFIX=DIR ...]
Each DIR is stored under PREFIX inside the archive. __pycache__ and *.pyc are skipped.
Entries get a fixed timestamp so the same inputs give the same bytes.
"""
import os
import sys
import zipfile

FIXED = (2020, 1, 1, 0, 0, 0)


def add_tree(z, prefix, root):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".pyc"):
                continue
            full = os.path.join(folder, name)
            arc = os.path.join(prefix, os.path.relpath(full, root)).lstrip("/")
            info = zipfile.ZipInfo(arc, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(full, "rb") as f:
                z.writestr(info, f.read())


def main():
    out, specs = sys.argv[1], sys.argv[2:]
    with zipfile.ZipFile(out, "w") as z:
        for spec in specs:
            prefix, _, root = spec.partition("=")
            add_tree(z, prefix, root)


if __name__ == "__main__":
    main()
