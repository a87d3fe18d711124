"""Self-check for this blind set: JSON loads, encoding matches the name,
labels and first_words occur in the text, turn/label counts agree, thread
indexes are valid. Run: python3 check.py"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def decode(path, enc_key):
    raw = open(path, "rb").read()
    enc, nl = enc_key.split("+")
    if enc == "utf-8-bom":
        assert raw.startswith(b"\xef\xbb\xbf"), "missing UTF-8 BOM"
        text = raw[3:].decode("utf-8")
    elif enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), "missing UTF-16 LE BOM"
        text = raw[2:].decode("utf-16-le")
    elif enc == "utf-8":
        assert not raw.startswith(b"\xef\xbb\xbf")
        text = raw.decode("utf-8")
    elif enc == "cp1252":
        try:
            raw.decode("utf-8")
            non_ascii = any(b > 127 for b in raw)
            assert not non_ascii, "cp1252 file also decodes as UTF-8"
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        raise ValueError(enc)
    crlf = text.count("\r\n")
    lf = text.count("\n")
    if nl == "crlf":
        assert crlf == lf, "mixed newlines"
    else:
        assert crlf == 0, "CRLF in LF file"
    return text.replace("\r\n", "\n")


def norm(s):
    return re.sub(r"\s+", " ", s)


def main():
    bad = 0
    for jp in sorted(glob.glob(os.path.join(HERE, "*.json"))):
        j = json.load(open(jp, encoding="utf-8"))
        name = os.path.basename(jp)
        try:
            assert j["file"] == name[:-5] + ".txt"
            text = decode(os.path.join(HERE, j["file"]), j["encoding"])
            flat = norm(text)
            turns = j["speech"]["turns"] + j["turns"]
            assert 12 <= len(j["turns"]) <= 40, "turn count out of range"
            for t in turns:
                assert t["label"] in text, f"label not found: {t['label']}"
                fw = t["first_words"]
                assert norm(t["label"] + " " + fw) in flat, f"label+first_words not found: {t['label']} {fw}"
            # every label occurrence at a line start is a turn
            labels = sorted({t["label"] for t in turns}, key=len, reverse=True)
            count = 0
            for line in text.split("\n"):
                for lab in labels:
                    if line.startswith(lab):
                        count += 1
                        break
            assert count == len(turns), f"label lines {count} != turns {len(turns)}"
            assert sum(t["paragraphs"] for t in j["speech"]["turns"]) == j["speech"]["paragraphs"]
            assert norm(j["speech"]["first_words"]) in flat
            assert norm(j["speech"]["last_words"]) in flat
            seen = []
            for th in j["threads"]:
                for i in th["turn_indexes"]:
                    assert 0 <= i < len(j["turns"])
                seen += th["turn_indexes"]
            assert seen == sorted(set(seen)), "thread indexes overlap or unordered"
            for i, t in enumerate(j["turns"]):
                if t["role"] == "questioner":
                    assert i in seen, f"questioner turn {i} outside threads"
            print("ok  ", name, len(j["turns"]), "turns", len(j["threads"]), "threads")
        except AssertionError as e:
            bad += 1
            print("FAIL", name, e)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
