"""Self-check for this directory: decode each .txt by the encoding its name says, then check that the
JSON loads, that labels and first words occur in order, and that thread indexes are valid."""
import json, pathlib, re, sys

HERE = pathlib.Path(__file__).parent
BOMS = {"utf8bom": b"\xef\xbb\xbf", "utf16le": b"\xff\xfe", "utf16be": b"\xfe\xff"}
CODECS = {"utf8": "utf-8", "utf8bom": "utf-8-sig", "utf16le": "utf-16", "utf16be": "utf-16", "cp1252": "cp1252"}
bad = 0
def fail(msg):
    global bad
    bad += 1
    print("FAIL", msg)

for jp in sorted(HERE.glob("*.json")):
    j = json.loads(jp.read_text(encoding="utf-8"))
    tp = HERE / j["file"]
    raw = tp.read_bytes()
    enc, nl = tp.stem.rsplit("_", 2)[-2:]
    if enc in BOMS and not raw.startswith(BOMS[enc]):
        fail(f"{tp.name}: BOM missing")
    if enc not in BOMS and raw[:3] == b"\xef\xbb\xbf":
        fail(f"{tp.name}: unexpected BOM")
    text = raw.decode(CODECS[enc])
    if (nl == "crlf") != ("\r\n" in text) or (nl == "lf" and "\r" in text):
        fail(f"{tp.name}: line endings")
    if nl == "crlf" and re.search(r"(?<!\r)\n", text):
        fail(f"{tp.name}: bare LF in CRLF file")
    # the browser's print header/footer lines of a PDF copy are furniture between label and speech
    body = re.sub(r"(?m)^(https://www\.nato\.int/\S+ \d+/\d+|\d+/\d+/\d+, \d+:\d+ [AP]M NATO - .*)\r?$", "", text)
    flat = " ".join(body.split())
    pos = 0
    allturns = j["speech"]["turns"] + j["turns"]
    if not 12 <= len(j["turns"]) <= 40:
        fail(f"{tp.name}: {len(j['turns'])} turns")
    for i, t in enumerate(allturns):
        assert set(t) >= {"role", "name", "affiliation", "label", "first_words", "paragraphs"}, t
        lab = t["label"]
        k = flat.find(lab, pos)
        if k < 0:
            fail(f"{tp.name}: turn {i} label {lab!r} not found after {pos}")
            continue
        k2 = flat.find(t["first_words"], k)
        if k2 < 0 or k2 - (k + len(lab)) > 2:
            fail(f"{tp.name}: turn {i} first words {t['first_words']!r} not right after its label")
            continue
        pos = k2 + len(t["first_words"])
        if len(t["first_words"].split()) != 8 and t["paragraphs"] >= 1:
            pass  # a turn shorter than eight words
    sp = j["speech"]
    if sp["first_words"] != sp["turns"][0]["first_words"] or sp["last_words"] not in flat:
        fail(f"{tp.name}: speech first/last words")
    if sp["paragraphs"] != sum(t["paragraphs"] for t in sp["turns"]):
        fail(f"{tp.name}: speech paragraphs")
    seen = set()
    for th in j["threads"]:
        for x in th["turn_indexes"]:
            if x in seen or not 0 <= x < len(j["turns"]):
                fail(f"{tp.name}: thread index {x}")
            seen.add(x)
        if th["turn_indexes"] != list(range(th["turn_indexes"][0], th["turn_indexes"][-1] + 1)):
            fail(f"{tp.name}: thread not contiguous")
    for x in range(len(j["turns"])):
        if x not in seen and j["turns"][x]["role"] != "moderator":
            fail(f"{tp.name}: non-moderator turn {x} outside threads")
    print("ok" if not bad else "..", tp.name, len(j["turns"]), "turns", len(j["threads"]), "threads")
sys.exit(1 if bad else 0)
