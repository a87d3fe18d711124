"""Self-check for this directory's expected files (not a parser test): decodes each .txt in
the encoding its name says, and checks that each JSON loads and agrees with its text."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODECS = {"utf8": ("utf-8", b""), "utf8bom": ("utf-8", b"\xef\xbb\xbf"),
          "utf16le": ("utf-16-le", b"\xff\xfe"), "utf16be": ("utf-16-be", b"\xfe\xff"),
          "cp1252": ("cp1252", b"")}


def norm(s):
    return " ".join(s.split())


bad = 0
for tp in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    stem = os.path.basename(tp)[:-4]
    enc, nl = stem.rsplit("_", 2)[-2:]
    codec, bom = CODECS[enc]
    raw = open(tp, "rb").read()
    errs = []
    if bom and not raw.startswith(bom):
        errs.append("missing BOM")
    if not bom and raw[:3] == b"\xef\xbb\xbf":
        errs.append("unexpected BOM")
    text = raw[len(bom):].decode(codec)
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    if (nl == "crlf" and lf) or (nl == "lf" and crlf):
        errs.append(f"newlines mixed: crlf={crlf} lf={lf}")
    j = json.load(open(os.path.join(HERE, stem + ".json"), encoding="utf-8"))
    if j["file"] != stem + ".txt":
        errs.append("file key")
    nt = norm(text)
    lines = [l.strip() for l in text.splitlines()]
    allturns = j["speech"]["turns"] + j["turns"]
    if not 12 <= len(j["turns"]) <= 40:
        errs.append(f"{len(j['turns'])} turns")
    for w in (j["speech"]["first_words"], j["speech"]["last_words"]):
        if norm(w) not in nt:
            errs.append("speech words not found: " + w)
    pos = 0
    for i, t in enumerate(allturns):
        fw = norm(t["first_words"])
        k = nt.find(fw, pos)
        if k < 0:
            errs.append(f"turn {i} first_words not found in order: {fw}")
        else:
            pos = k + 1
        if t["label"]:
            if not any(l.startswith(t["label"]) for l in lines):
                errs.append(f"label not at a line start: {t['label']}")
            if t["label"] + " " + fw.split()[0] not in nt and t["label"] not in lines:
                errs.append(f"label/first words not adjacent: {t['label']} {fw}")
        if t["role"] not in ("principal", "moderator", "questioner"):
            errs.append("role " + t["role"])
    if sum(t["paragraphs"] for t in j["speech"]["turns"]) != j["speech"]["paragraphs"]:
        errs.append("speech paragraphs sum")
    seen = []
    for th in j["threads"]:
        seen += th["turn_indexes"]
        q = [j["turns"][i] for i in th["turn_indexes"] if j["turns"][i]["role"] == "questioner"]
        if not q or q[0]["name"] != th["questioner"] or q[0]["affiliation"] != th["outlet"]:
            errs.append("thread questioner mismatch")
    if len(seen) != len(set(seen)) or seen != sorted(seen):
        errs.append("thread indexes overlap or out of order")
    for i, t in enumerate(j["turns"]):
        if t["role"] == "questioner" and i not in seen:
            errs.append(f"questioner turn {i} outside threads")
    print(("OK  " if not errs else "BAD ") + stem, len(j["turns"]), "turns", len(j["threads"]), "threads")
    for e in errs:
        print("    ", e)
    bad += bool(errs)
sys.exit(1 if bad else 0)
