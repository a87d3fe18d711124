"""Self-check for this directory: JSON loads, labels / first words / paragraphs occur in the text."""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODECS = {"ascii": "ascii", "cp1252": "cp1252", "latin-1": "latin-1", "utf-8": "utf-8",
          "utf-8-bom": "utf-8-sig", "utf-16-le-bom": "utf-16"}

def norm(s):
    s = re.sub("[\u200b\u00ad\ufeff]", "", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)

bad = 0
for jf in sorted(glob.glob(os.path.join(HERE, "*.json"))):
    j = json.load(open(jf, encoding="utf-8"))
    raw = open(os.path.join(HERE, j["file"]), "rb").read()
    enc, nl = j["encoding"].split("+")
    text = raw.decode(CODECS[enc])
    if nl == "cr": assert "\n" not in text and "\r" in text
    if nl == "crlf": assert text.count("\r\n") == text.count("\n") == text.count("\r")
    if nl == "lf": assert "\r" not in text
    t = norm(text)
    turns = j["speech"]["turns"] + j["turns"]
    for k, tr in enumerate(turns):
        for key in ("role", "name", "affiliation", "label", "first_words", "paragraphs"):
            assert key in tr, (jf, k, key)
        if norm(tr["label"]) not in t: print("LABEL?", j["file"], tr["label"]); bad += 1
        fw = tr["first_words"]
        if norm(tr["label"]).rstrip() + " " + fw not in t and fw not in t:
            # may run across a paragraph boundary with furniture between (VTT cue, Teams header)
            words = fw.split()
            ok = any(" ".join(words[:i]) in t for i in range(len(words), 2, -1))
            if not ok: print("FIRST?", j["file"], k, fw); bad += 1
    assert j["speech"]["paragraphs"] == sum(x["paragraphs"] for x in j["speech"]["turns"])
    if j["speech"]["turns"]:
        assert norm(j["speech"]["last_words"]) in t, j["speech"]["last_words"]
    seen = set()
    for th in j["threads"]:
        idx = th["turn_indexes"]
        assert idx == sorted(idx) and not (set(idx) & seen), (jf, idx)
        seen |= set(idx)
        roles = [j["turns"][i]["role"] for i in idx]
        assert roles[0] in ("questioner", "principal") and "questioner" in roles, (jf, idx)
    assert 12 <= len(j["turns"]) + len(j["speech"]["turns"]) <= 40, (jf, len(j["turns"]))
    # clean paragraphs kept by the generator, if present
    pj = os.path.join(HERE, "_gen", j["file"][:-4] + ".paras.json")
    if os.path.exists(pj):
        for paras in json.load(open(pj, encoding="utf-8")):
            for p in paras:
                if norm(p) not in t:
                    print("PARA?", j["file"], p[:60]); bad += 1
    print("ok" if not bad else "..", j["file"], len(j["turns"]), "turns,", len(j["threads"]), "threads")
sys.exit(1 if bad else 0)
