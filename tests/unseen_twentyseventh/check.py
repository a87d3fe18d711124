"""Self-check of this blind set: JSON loads, encodings/BOMs/line endings match the
file names, labels and first/last words occur in the decoded text, thread indexes valid."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEC = {"utf8": "utf-8", "utf8bom": "utf-8-sig", "utf16le": "utf-16", "utf16be": "utf-16", "cp1252": "cp1252"}
BOM = {"utf8": b"", "utf8bom": b"\xef\xbb\xbf", "utf16le": b"\xff\xfe", "utf16be": b"\xfe\xff", "cp1252": b""}

bad = 0
for jp in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    d = json.load(open(jp, encoding="utf-8"))
    tp = os.path.join(HERE, d["file"])
    stem = os.path.basename(tp)[:-4]
    enc, eol = stem.split("_")[-2:]
    raw = open(tp, "rb").read()
    errs = []
    if BOM[enc] and not raw.startswith(BOM[enc]):
        errs.append("missing BOM")
    if enc == "utf8" and raw.startswith(b"\xef\xbb\xbf"):
        errs.append("unexpected BOM")
    text = raw.decode(DEC[enc])
    crlf = text.count("\r\n")
    lf = text.count("\n")
    if eol == "crlf" and crlf != lf:
        errs.append("not all CRLF")
    if eol == "lf" and crlf:
        errs.append("CRLF in LF file")
    flat = " ".join(text.split())
    allturns = d["speech"]["turns"] + d["turns"]
    for t in allturns:
        if t["label"] and t["label"] not in text:
            errs.append("label not found: " + t["label"])
        if t["first_words"] not in flat:
            errs.append("first_words not found: " + t["first_words"])
        if t["label"] and (t["label"] + " " + t["first_words"]) not in flat:
            errs.append("label+first_words not adjacent: " + t["label"])
    for k in ("first_words", "last_words"):
        if d["speech"][k] not in flat:
            errs.append("speech %s not found" % k)
    if sum(t["paragraphs"] for t in d["speech"]["turns"]) != d["speech"]["paragraphs"]:
        errs.append("speech paragraph sum mismatch")
    n = len(d["turns"])
    if not 12 <= n + len(d["speech"]["turns"]) <= 45:
        errs.append("turn count %d" % n)
    seen = set()
    for th in d["threads"]:
        for i in th["turn_indexes"]:
            if not 0 <= i < n or i in seen:
                errs.append("bad thread index %d" % i)
            seen.add(i)
        if d["turns"][th["turn_indexes"][0]]["role"] == "moderator":
            errs.append("thread starts with moderator turn")
    for i, t in enumerate(d["turns"]):
        if t["role"] == "questioner" and i not in seen:
            errs.append("questioner turn %d outside threads" % i)
    print(("OK  " if not errs else "BAD ") + d["file"], n, "turns")
    for e in errs:
        print("    ", e)
    bad += bool(errs)
sys.exit(1 if bad else 0)
