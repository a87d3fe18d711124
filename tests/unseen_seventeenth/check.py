"""Sanity check of this set: JSON loads, encoding/newlines match the name, every label and
first_words occur in the text in order, thread indexes are valid. Run: python check.py"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def decode(raw, enc):
    if enc.startswith("utf-16-le"):
        assert raw[:2] == b"\xff\xfe"; return raw[2:].decode("utf-16-le")
    if enc.startswith("utf-16-be"):
        assert raw[:2] == b"\xfe\xff"; return raw[2:].decode("utf-16-be")
    if enc.startswith("utf-8-bom"):
        assert raw[:3] == b"\xef\xbb\xbf"; return raw[3:].decode("utf-8")
    if enc.startswith("utf-8"):
        assert raw[:3] != b"\xef\xbb\xbf"; return raw.decode("utf-8")
    if enc.startswith("cp1252"):
        return raw.decode("cp1252")
    raise ValueError(enc)


def norm(s):
    return " ".join(s.split())


bad = 0
for jp in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    j = json.load(open(jp, encoding="utf-8"))
    tp = os.path.join(HERE, j["file"])
    raw = open(tp, "rb").read()
    text = decode(raw, j["encoding"])
    crlf = "\r\n" in text
    assert crlf == j["encoding"].endswith("+crlf"), (jp, "newline")
    if crlf:
        assert "\n" not in text.replace("\r\n", ""), "mixed newlines"
    flat = norm(text)
    pos = 0
    allturns = j["speech"]["turns"] + j["turns"]
    for i, t in enumerate(allturns):
        if t["label"]:
            assert t["label"] in text, (jp, t["label"])
        k = flat.find(norm(t["first_words"]), pos)
        if k < 0:
            print("MISSING/ORDER", os.path.basename(jp), i, t["first_words"]); bad += 1
        else:
            pos = k + 1
        assert len(t["first_words"].split()) <= 8
        assert t["role"] in ("principal", "moderator", "questioner")
    for key in ("first_words", "last_words"):
        assert norm(j["speech"][key]) in flat, (jp, key)
    assert j["speech"]["paragraphs"] == sum(t["paragraphs"] for t in j["speech"]["turns"])
    n = len(j["turns"])
    seen = []
    for th in j["threads"]:
        for m, x in enumerate(th["turn_indexes"]):
            assert 0 <= x < n, (jp, x)
            # a moderator may only be inside a thread as an interjection, never open or close it
            if j["turns"][x]["role"] == "moderator":
                assert 0 < m < len(th["turn_indexes"]) - 1, (jp, x)
            seen.append(x)
        assert th["turn_indexes"] == list(range(th["turn_indexes"][0], th["turn_indexes"][-1] + 1)), (jp, "gap")
    assert seen == sorted(seen) and len(seen) == len(set(seen)), (jp, "threads")
    total = n + len(j["speech"]["turns"])
    assert 12 <= total <= 40, (jp, total)
    print(f"ok {j['file']}  turns={n}+{len(j['speech']['turns'])} threads={len(j['threads'])} {j['encoding']}")
sys.exit(1 if bad else 0)
