"""Zip files into an archive (stdlib only, so the build needs nothing but python3).

usage: zip-folder.py [--lean] [--stored] OUT.zip PREFIX=DIR [PREFIX=DIR ...]
       zip-folder.py --repack IN.zip OUT.zip
Each DIR is stored under PREFIX inside the archive. __pycache__ and *.pyc are skipped.
Entries get a fixed timestamp so the same inputs give the same bytes.

--stored keeps entries uncompressed. The site sends the archive brotli-compressed, which is
smaller over the whole archive than deflate entry by entry (python.zip: 1.8 -> 1.0 MB), and
zipimport then reads modules without inflating them. --repack rewrites an existing archive
(Pyodide's python_stdlib.zip) that way.

--lean leaves out what the lab never reads: translation catalogs (the lab runs with
USE_I18N=False; they are 5.5 of Django's 7.6 MB) and the admin's static files. Templates stay:
forms and management commands render them.
"""
import os
import sys
import zipfile

FIXED = (2020, 1, 1, 0, 0, 0)
LEAN_SKIP = (".po", ".mo", ".js", ".css", ".svg", ".gz", ".map", ".png", ".gif", ".woff", ".woff2", ".ttf", ".eot")


def add_tree(z, prefix, root, lean=False, compress_type=zipfile.ZIP_DEFLATED):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".pyc") or (lean and name.endswith(LEAN_SKIP)):
                continue
            full = os.path.join(folder, name)
            arc = os.path.join(prefix, os.path.relpath(full, root)).lstrip("/")
            info = zipfile.ZipInfo(arc, FIXED)
            info.compress_type = compress_type
            info.external_attr = 0o644 << 16
            with open(full, "rb") as f:
                z.writestr(info, f.read())


def main():
    args = sys.argv[1:]
    if args[0] == "--repack":
        repack(args[1], args[2])
        return
    lean = "--lean" in args
    compress_type = zipfile.ZIP_STORED if "--stored" in args else zipfile.ZIP_DEFLATED
    args = [a for a in args if a not in ("--lean", "--stored")]
    out, specs = args[0], args[1:]
    with zipfile.ZipFile(out, "w") as z:
        for spec in specs:
            prefix, _, root = spec.partition("=")
            add_tree(z, prefix, root, lean, compress_type)


def repack(source, out):
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type = zipfile.ZIP_STORED
            copy.external_attr = info.external_attr
            z.writestr(copy, src.read(info))


if __name__ == "__main__":
    main()
