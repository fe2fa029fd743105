#!/usr/bin/env python3
"""Mine hard negatives for the draft model from SpamAssassin ham (how spamassassin-ham-negatives.tsv was made).

Splits the first 700 messages of easy-ham-2 (by file name) into sentences, posts each sentence alone
to a running Candor server, and prints, as `none<TAB>sentence` rows, those that draw a model
(MODEL_*) pressure or overpromise finding. The rest of easy-ham-2 and all of hard-ham-1 are left to
measure false alarms.

Usage: mine_ham_negatives.py ../shared/corpora/spamassassin-public-corpus http://127.0.0.1:8080 > rows.tsv
"""
import email, json, os, re, sys, urllib.request
from email import policy


def sentences(root):
    folder = os.path.join(root, 'easy-ham-2')
    out = set()
    for name in sorted(os.listdir(folder))[:700]:
        with open(os.path.join(folder, name), 'rb') as f:
            message = email.message_from_bytes(f.read(), policy=policy.default)
        part = message.get_body(preferencelist=('plain',))
        if part is None:
            continue
        try:
            text = part.get_content()
        except Exception:  # undecodable body: nothing to mine
            continue
        # Quoted lines and signatures are someone else's words or boilerplate.
        lines = [l for l in text.split('\n') if not l.lstrip().startswith(('>', '|')) and not re.match(r'^\s*(--|__)', l)]
        for s in re.split(r'(?<=[.!?])\s+(?=[A-Z])', re.sub(r'\s+', ' ', ' '.join(lines))):
            words = s.split()
            if not 6 <= len(words) <= 40 or re.search(r'https?://|www\.|@|\t|[{}<>=#]|\d{3,}\.\d', s):
                continue
            if sum(c.isalpha() for c in s) < 0.75 * len(s.replace(' ', '')):
                continue  # mostly code, numbers or punctuation
            out.add(s.strip())
    return sorted(out)


def flagged(url, sentence):
    body = json.dumps({'draft': {'text': sentence}}).encode()
    request = urllib.request.Request(url + '/v1/analyze', data=body, headers={'Content-Type': 'application/json'})
    findings = json.load(urllib.request.urlopen(request, timeout=60)).get('findings', [])
    return any(f['category'] in ('pressure', 'overpromise') and f['rule'].startswith('MODEL_') for f in findings)


if __name__ == '__main__':
    root, url = sys.argv[1], sys.argv[2].rstrip('/')
    for s in sentences(root):
        if flagged(url, s):
            print('none\t' + s)
