"""Sanity check for this directory: each .json loads, its .txt decodes in the encoding
the name and the JSON say, and every label + first words occurs in the text, in order."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def decode(raw, enc):
    if enc.startswith("utf-16-le-bom"):
        assert raw[:2] == b"\xff\xfe"
        return raw[2:].decode("utf-16-le")
    if enc.startswith("utf-16-be-bom"):
        assert raw[:2] == b"\xfe\xff"
        return raw[2:].decode("utf-16-be")
    if enc.startswith("utf-8-bom"):
        assert raw[:3] == b"\xef\xbb\xbf"
        return raw[3:].decode("utf-8")
    if enc.startswith("utf-8"):
        assert not raw.startswith(b"\xef\xbb\xbf")
        return raw.decode("utf-8")
    if enc.startswith("cp1252"):
        raw.decode("cp1252")
        try:
            raw.decode("utf-8")
            raise AssertionError("cp1252 file is also valid utf-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("cp1252")
    raise ValueError(enc)


def norm(s):
    s = re.sub(r"\n\s*Page \d+ of \d+\s*\n", "\n", s)  # pdf page counters
    return re.sub(r"\s+", " ", s)


bad = 0
for jf in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    d = json.load(open(jf, encoding="utf-8"))
    stem = os.path.splitext(os.path.basename(jf))[0]
    assert d["file"] == stem + ".txt", jf
    raw = open(os.path.join(HERE, d["file"]), "rb").read()
    text = decode(raw, d["encoding"])
    crlf = "\r\n" in text
    assert crlf == d["encoding"].endswith("+crlf"), (jf, "newline")
    assert ("_crlf" in stem) == crlf and (("_lf" in stem) != crlf)
    if crlf:
        assert "\n" not in text.replace("\r\n", "")
    flat = norm(text.replace("\r\n", "\n"))
    pos = 0
    all_turns = d["speech"]["turns"] + d["turns"]
    assert 12 <= len(all_turns) <= 40, (jf, len(all_turns))
    assert sum(t["paragraphs"] for t in d["speech"]["turns"]) == d["speech"]["paragraphs"]
    assert d["speech"]["first_words"] == d["speech"]["turns"][0]["first_words"]
    for t in all_turns:
        needle = t["label"] + " " + t["first_words"]
        i = flat.find(needle, pos)
        if i < 0:
            print("MISSING", stem, repr(needle)); bad += 1
        else:
            pos = i + len(needle)
        assert t["role"] in ("principal", "moderator", "questioner")
        assert len(t["first_words"].split()) <= 8
    assert d["speech"]["last_words"] in flat
    seen = set()
    for th in d["threads"]:
        idx = th["turn_indexes"]
        assert idx == sorted(idx) and not (set(idx) & seen)
        seen |= set(idx)
        first = d["turns"][idx[0]]
        assert first["role"] == "questioner", (jf, idx)
        assert th["questioner"] == first["name"] and th["outlet"] == first["affiliation"]
        for i in idx:
            assert 0 <= i < len(d["turns"])
    for i, t in enumerate(d["turns"]):
        if i not in seen:
            assert t["role"] == "moderator", (jf, i, t["label"])
    print("ok", stem, len(d["turns"]), "turns,", len(d["threads"]), "threads")
sys.exit(1 if bad else 0)
