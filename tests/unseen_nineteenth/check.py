"""Self-check for this blind set: JSON loads, encodings/line endings match the
file names, every label and first_words (whitespace-normalised) occurs in the text."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ok = True
for jp in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    d = json.load(open(jp, encoding="utf-8"))
    tp = jp[:-5] + ".txt"
    raw = open(tp, "rb").read()
    stem = os.path.basename(tp)
    if "_utf16le_" in stem:
        assert raw[:2] == b"\xff\xfe", stem
        text = raw[2:].decode("utf-16-le")
    elif "_utf8bom_" in stem:
        assert raw[:3] == b"\xef\xbb\xbf", stem
        text = raw[3:].decode("utf-8")
    elif "_utf8_" in stem:
        assert raw[:3] != b"\xef\xbb\xbf", stem
        text = raw.decode("utf-8")
    elif "_cp1252_" in stem:
        text = raw.decode("cp1252")
        try:
            raw.decode("utf-8"); print("note: cp1252 file is also valid utf-8", stem)
        except UnicodeDecodeError:
            pass
    crlf = stem.endswith("_crlf.txt")
    n_crlf = text.count("\r\n"); n_lf = text.count("\n")
    if crlf != (n_crlf == n_lf) or (not crlf and n_crlf):
        print("LINE ENDINGS", stem, n_crlf, n_lf); ok = False
    norm = " ".join(text.replace("\u00a0", " ").split())
    turns = d["speech"]["turns"] + d["turns"]
    if not 12 <= len(turns) <= 40:
        print("TURN COUNT", stem, len(turns)); ok = False
    for t in turns:
        if t["label"] not in text:
            print("LABEL", stem, t["label"]); ok = False
        fw = t["first_words"]
        if (t["label"] + " " + fw) not in norm and (t["label"] + fw) not in norm:
            print("FIRST WORDS", stem, t["label"], fw); ok = False
    for k in ("first_words", "last_words"):
        if d["speech"][k] not in norm:
            print("SPEECH", k, stem); ok = False
    n = len(d["turns"])
    for th in d["threads"]:
        for i in th["turn_indexes"]:
            assert 0 <= i < n, (stem, i)
    print(f"{stem}: {len(d['speech']['turns'])} statement + {n} turns, {len(d['threads'])} threads")
print("OK" if ok else "PROBLEMS")
sys.exit(0 if ok else 1)
