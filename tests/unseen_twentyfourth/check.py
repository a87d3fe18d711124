"""Sanity check of this directory's expected files: JSON loads, each label and first_words occur in the text."""
import json, glob, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
def decode(b, enc):
    base = enc.split('+')[0]
    if base == 'utf-16-le-bom': assert b[:2] == b'\xff\xfe'; return b[2:].decode('utf-16-le')
    if base == 'utf-8-bom': assert b[:3] == b'\xef\xbb\xbf'; return b[3:].decode('utf-8')
    if base == 'utf-8': assert b[:3] != b'\xef\xbb\xbf'; return b.decode('utf-8')
    if base == 'cp1252': return b.decode('cp1252')
    raise ValueError(enc)
for jp in sorted(glob.glob(os.path.join(here, '*.json'))):
    j = json.load(open(jp, encoding='utf-8'))
    raw = open(os.path.join(here, j['file']), 'rb').read()
    t = decode(raw, j['encoding'])
    crlf = '\r\n' in t
    assert crlf == j['encoding'].endswith('crlf'), jp
    if crlf: assert '\n' not in t.replace('\r\n', ''), 'mixed line ends ' + jp
    norm = ' '.join(t.split())
    turns = j['speech']['turns'] + j['turns']
    assert 12 <= len(j['turns']) <= 40, (jp, len(j['turns']))
    assert sum(x['paragraphs'] for x in j['speech']['turns']) == j['speech']['paragraphs']
    for x in turns:
        if x['label'] and x['label'] not in t: print('label missing', jp, x['label']); bad += 1
        if ' '.join(x['first_words'].split()) not in norm: print('first_words missing', jp, x['first_words']); bad += 1
        assert x['role'] in ('principal', 'moderator', 'questioner')
    for k in ('first_words', 'last_words'):
        if j['speech'][k] not in norm: print(k, 'missing', jp); bad += 1
    seen = []
    for th in j['threads']:
        for i in th['turn_indexes']:
            assert 0 <= i < len(j['turns']) and i not in seen; seen.append(i)
        q = [j['turns'][i] for i in th['turn_indexes'] if j['turns'][i]['role'] == 'questioner']
        assert q and q[0]['name'] == th['questioner']
    print('ok' if not bad else 'BAD', os.path.basename(jp), len(j['turns']), 'turns')
sys.exit(1 if bad else 0)
