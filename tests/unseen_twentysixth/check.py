"""Self-check for this directory: JSON loads, text decodes in the named encoding,
labels and first words occur in order, thread indexes are valid."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BOMS = {"utf-8-bom": b"\xef\xbb\xbf", "utf-16-le-bom": b"\xff\xfe", "utf-16-be-bom": b"\xfe\xff"}
CODEC = {"utf-8": "utf-8", "utf-8-bom": "utf-8", "utf-16-le-bom": "utf-16-le",
         "utf-16-be-bom": "utf-16-be", "cp1252": "cp1252", "latin-1": "latin-1"}
ok = True


def bad(msg):
    global ok
    ok = False
    print("  FAIL", msg)


def norm(s):
    return re.sub(r"\s+", " ", s)


for jf in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    d = json.load(open(jf, encoding="utf-8"))
    print(os.path.basename(jf))
    raw = open(os.path.join(HERE, d["file"]), "rb").read()
    base, nl = d["encoding"].split("+")
    bom = BOMS.get(base, b"")
    if bom and not raw.startswith(bom):
        bad("missing BOM")
    if not bom and (raw[:3] == b"\xef\xbb\xbf" or raw[:2] in (b"\xff\xfe", b"\xfe\xff")):
        bad("unexpected BOM")
    text = raw[len(bom):].decode(CODEC[base])
    if base == "latin-1" and re.search("[\x80-\x9f]", text):
        bad("C1 control chars in latin-1 file")
    crlf = text.count("\r\n")
    lf = text.count("\n")
    if nl == "crlf" and crlf != lf:
        bad(f"crlf {crlf} vs lf {lf}")
    if nl == "lf" and crlf:
        bad("CR found in LF file")
    suffix = {"utf-8": "utf8", "utf-8-bom": "utf8bom", "utf-16-le-bom": "utf16lebom",
              "utf-16-be-bom": "utf16bebom", "cp1252": "cp1252", "latin-1": "latin1"}[base]
    if not d["file"].endswith(f"_{suffix}_{nl}.txt"):
        bad("file name does not match encoding")
    t = norm(text)
    pos = 0
    allturns = [("speech", x) for x in d["speech"]["turns"]] + [("turn", x) for x in d["turns"]]
    if not 12 <= len(d["turns"]) + len(d["speech"]["turns"]) <= 40:
        bad(f"turn count {len(d['turns'])}")
    for kind, tu in allturns:
        for k in ("role", "name", "affiliation", "label", "first_words", "paragraphs"):
            if k not in tu:
                bad(f"missing {k}")
        if tu["role"] not in ("principal", "moderator", "questioner"):
            bad("role " + tu["role"])
        lab = norm(tu["label"])
        fw = norm(tu["first_words"])
        if lab not in t:
            bad(f"label not in text: {lab!r}")
        m = re.compile(re.escape(lab) + r".{0,3}?" + re.escape(fw)).search(t, pos)
        if not m:
            bad(f"label + first words not found in order: {lab!r} {fw!r}")
            continue
        j = m.end() - len(fw)
        if len(fw.split()) != 8 and tu["paragraphs"] > 0:
            # fine only if the whole turn is shorter than eight words
            nxt = t[j + len(fw):j + len(fw) + 40]
            print("    short first_words:", repr(fw), "| next:", repr(nxt[:30]))
        pos = j + len(fw)
    sp = d["speech"]
    if sp["paragraphs"] != sum(x["paragraphs"] for x in sp["turns"]):
        bad("speech paragraph sum")
    if sp["turns"]:
        if norm(sp["first_words"]) not in t or norm(sp["last_words"]) not in t:
            bad("speech first/last words")
    n = len(d["turns"])
    seen = set()
    for th in d["threads"]:
        for k in ("questioner", "outlet", "turn_indexes"):
            if k not in th:
                bad("thread key " + k)
        idx = th["turn_indexes"]
        if idx != sorted(idx) or idx != list(range(idx[0], idx[-1] + 1)):
            bad(f"thread not contiguous {idx}")
        if seen & set(idx) or any(i >= n for i in idx):
            bad(f"thread indexes {idx}")
        seen |= set(idx)
        if d["turns"][idx[0]]["role"] != "questioner":
            print("    thread opened by", d["turns"][idx[0]]["role"])
    for i, tu in enumerate(d["turns"]):
        if i not in seen:
            print(f"    outside threads: {i} {tu['role']} {tu['label']!r} {tu['first_words'][:40]!r}")
print("OK" if ok else "PROBLEMS")
sys.exit(0 if ok else 1)
