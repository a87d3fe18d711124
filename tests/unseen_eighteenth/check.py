"""Self-check for this directory: JSON loads, encoding matches the name,
labels and first_words occur in the text in order, thread indexes valid."""
import json, glob, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
def decode(b, enc):
    if enc.startswith('utf-16-le-bom'):
        assert b[:2] == b'\xff\xfe'; return b[2:].decode('utf-16-le')
    if enc.startswith('utf-8-bom'):
        assert b[:3] == b'\xef\xbb\xbf'; return b[3:].decode('utf-8')
    if enc.startswith('utf-8'):
        assert not b.startswith(b'\xef\xbb\xbf'); return b.decode('utf-8')
    if enc.startswith('cp1252'):
        return b.decode('cp1252')
    raise ValueError(enc)
for jf in sorted(glob.glob(os.path.join(here, '*.json'))):
    d = json.load(open(jf, encoding='utf-8'))
    tf = os.path.join(here, d['file'])
    assert os.path.splitext(os.path.basename(jf))[0] == os.path.splitext(d['file'])[0]
    b = open(tf, 'rb').read()
    t = decode(b, d['encoding'])
    crlf = d['encoding'].endswith('+crlf')
    assert ('\r\n' in t) == crlf and (t.count('\n') == t.count('\r\n')) == crlf, jf
    norm = ' '.join(t.split())
    pos = 0
    turns = d['speech']['turns'] + d['turns']
    for i, tu in enumerate(turns):
        fw = tu['first_words']
        k = norm.find(fw, pos)
        if k < 0:
            print('MISSING/ORDER', d['file'], i, fw); bad += 1; continue
        if tu['label']:
            lab = ' '.join(tu['label'].split())
            lk = norm.rfind(lab, 0, k)
            if lk < 0 or lk < pos - 1 or k - lk > len(lab) + 4:
                print('LABEL', d['file'], i, tu['label']); bad += 1
        pos = k + 1
        assert tu['role'] in ('principal', 'moderator', 'questioner')
        assert 1 <= tu['paragraphs']
        if not tu['name']:
            assert tu['role'] != 'principal'
    if d['speech']['paragraphs']:
        assert d['speech']['paragraphs'] == sum(x['paragraphs'] for x in d['speech']['turns'])
        assert d['speech']['last_words'] in norm
    n = len(d['turns'])
    assert 12 <= n <= 40, (jf, n)
    for th in d['threads']:
        for i in th['turn_indexes']:
            assert 0 <= i < n
            assert d['turns'][i]['role'] != 'moderator' or d['turns'][i - 1]['role'] != 'moderator'
    print('ok', d['file'], n, 'turns,', len(d['threads']), 'threads')
sys.exit(1 if bad else 0)
