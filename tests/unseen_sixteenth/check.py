"""Self-check of this directory: JSON loads, encodings match names, every first_words /
label / last_words occurs in the decoded text in order, thread indexes are valid."""
import json, glob, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
def norm(s):
    return re.sub(r"\s+", " ", s.replace("**", "")).strip()
for jf in sorted(glob.glob(os.path.join(D, "*.json"))):
    d = json.load(open(jf, encoding="utf-8"))
    raw = open(os.path.join(D, d["file"]), "rb").read()
    enc = d["encoding"]
    if enc.startswith("utf-16le"):
        assert raw[:2] == b"\xff\xfe"; txt = raw[2:].decode("utf-16-le")
    elif enc.startswith("utf-8-bom"):
        assert raw[:3] == b"\xef\xbb\xbf"; txt = raw[3:].decode("utf-8")
    elif enc.startswith("utf-8"):
        assert raw[:3] != b"\xef\xbb\xbf"; txt = raw.decode("utf-8")
    elif enc.startswith("cp1252"):
        txt = raw.decode("cp1252")
    crlf = enc.endswith("crlf")
    assert ("\r\n" in txt) == crlf and (txt.count("\r") == txt.count("\r\n")), d["file"]
    if not crlf:
        assert "\r" not in txt
    n = norm(txt)
    pos = 0
    allturns = d["speech"]["turns"] + d["turns"]
    assert 12 <= len(d["turns"]) <= 40, (d["file"], len(d["turns"]))
    for i, t in enumerate(allturns):
        key = (t["label"] + " " + t["first_words"]).strip() if t["label"] else t["first_words"]
        k = n.find(key, pos)
        if k < 0:
            print("MISSING", d["file"], i, key); bad += 1
        else:
            pos = k + 1
    for k in ("first_words", "last_words"):
        if d["speech"][k] not in n:
            print("MISSING speech", k, d["file"]); bad += 1
    assert d["speech"]["paragraphs"] == sum(t["paragraphs"] for t in d["speech"]["turns"])
    seen = []
    for th in d["threads"]:
        for i in th["turn_indexes"]:
            assert 0 <= i < len(d["turns"]) and i not in seen
            seen.append(i)
        assert th["turn_indexes"] == sorted(th["turn_indexes"])
    assert seen == sorted(seen)
    for i, t in enumerate(d["turns"]):
        if t["role"] != "moderator" and i not in seen:
            print("not in a thread:", d["file"], i); bad += 1
        assert t["role"] in ("principal", "moderator", "questioner")
    print("ok" if not bad else "..", d["file"], len(d["turns"]), "turns", len(d["threads"]), "threads")
sys.exit(1 if bad else 0)
