#!/usr/bin/env python3
"""Validate the Candor team-written corpus and print counts per label.

Usage:
    python3 check_corpus.py                 # validate, print counts, exit 1 on any error
    python3 check_corpus.py --write-readme  # also refresh the counts block in README.md

Checks:
  * every TSV line (non-blank, not starting with '#') has the right number of
    tab-separated columns, no empty field, and labels from the fixed vocabulary;
  * no duplicate sentence inside a file (case- and whitespace-insensitive);
  * no sentence appears in /work/shared/eval/dev.jsonl (exact, normalised substring),
    none contains a whole dev.jsonl sentence, and none is a near copy of one
    (token Jaccard >= 0.8);
  * minimum counts per label required by the brief;
  * concern-threads.jsonl: valid JSON, unique ids, required keys, every quote an
    exact substring of the text it points at, topics/status from the vocabulary.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.environ.get("CANDOR_DEV_JSONL", "/work/shared/eval/dev.jsonl")

PRESSURE = ["urgency", "scarcity", "ultimatum", "guilt", "pestering", "escalation",
            "bandwagon", "assumptive_close"]
OVERPROMISE = ["guarantee", "absolute", "superlative", "unverified_outcome", "no_effort"]
TOPICS = ["pricing", "timeline", "integration", "security_compliance", "contract",
          "competitor", "authority", "other"]
BUYER_KINDS = ["question", "request", "concern", "none"]
COVERAGE = ["answered", "deferred", "unanswered"]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s.strip().lower())


def tokens(s):
    return set(re.findall(r"[a-z0-9$%']+", norm(s)))


def load_dev():
    texts, sents = [], []
    if not os.path.exists(DEV):
        print(f"warning: {DEV} not found; skipping overlap check", file=sys.stderr)
        return texts, sents
    for line in open(DEV, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        d = json.loads(line)
        parts = [m["text"] for m in d.get("thread", [])] + [d["draft"]["text"]]
        for p in parts:
            texts.append(norm(p))
            for s in re.split(r"(?<=[.!?])\s+|\n+", p):
                t = tokens(s)
                if len(t) >= 5:
                    sents.append((s.strip(), t))
    return texts, sents


DEV_TEXTS, DEV_SENTS = load_dev()


def check_not_in_dev(where, sentence):
    n = norm(sentence)
    if len(n) >= 12:
        for t in DEV_TEXTS:
            if n in t:
                err(f"{where}: sentence appears in dev.jsonl: {sentence!r}")
                return
    for s, t in DEV_SENTS:
        ns = norm(s).lstrip("> ")
        if len(t) >= 5 and len(ns) >= 20 and ns in n:
            err(f"{where}: contains dev.jsonl sentence {s!r}: {sentence!r}")
            return
    mine = tokens(sentence)
    if len(mine) < 5:
        return
    for s, t in DEV_SENTS:
        j = len(mine & t) / len(mine | t)
        if j >= 0.8:
            err(f"{where}: near copy of dev.jsonl sentence {s!r}: {sentence!r}")
            return


def read_tsv(name, ncols):
    path = os.path.join(HERE, name)
    rows = []
    if not os.path.exists(path):
        err(f"{name}: missing")
        return rows
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            where = f"{name}:{i}"
            if len(cols) != ncols:
                err(f"{where}: expected {ncols} columns, got {len(cols)}")
                continue
            if any(not c.strip() for c in cols):
                err(f"{where}: empty field")
                continue
            if any(c != c.strip() for c in cols):
                err(f"{where}: leading/trailing whitespace in a field")
            rows.append((where, cols))
    return rows


def dup_check(name, rows, key):
    seen = {}
    for where, cols in rows:
        k = norm(key(cols))
        if k in seen:
            err(f"{where}: duplicate of {seen[k]}: {key(cols)!r}")
        else:
            seen[k] = where


def check_drafts():
    rows = read_tsv("draft-sentences.tsv", 3)
    c = Counter()
    for where, (cat, typ, sent) in rows:
        if cat == "pressure":
            ok = typ in PRESSURE
        elif cat == "overpromise":
            ok = typ in OVERPROMISE
        elif cat == "none":
            ok = typ == "-"
        else:
            ok = False
        if not ok:
            err(f"{where}: bad category/type {cat}/{typ}")
        c[(cat, typ)] += 1
        check_not_in_dev(where, sent)
    dup_check("draft-sentences.tsv", rows, lambda cols: cols[2])
    total = sum(c.values())
    if total < 700:
        err(f"draft-sentences.tsv: {total} lines, need >= 700")
    for t in PRESSURE:
        if c[("pressure", t)] < 40:
            err(f"draft-sentences.tsv: pressure/{t} has {c[('pressure', t)]}, need >= 40")
    for t in OVERPROMISE:
        if c[("overpromise", t)] < 40:
            err(f"draft-sentences.tsv: overpromise/{t} has {c[('overpromise', t)]}, need >= 40")
    if c[("none", "-")] < 300:
        err(f"draft-sentences.tsv: none has {c[('none', '-')]}, need >= 300")
    out = OrderedDict()
    out["total"] = total
    for t in PRESSURE:
        out[f"pressure/{t}"] = c[("pressure", t)]
    for t in OVERPROMISE:
        out[f"overpromise/{t}"] = c[("overpromise", t)]
    out["none"] = c[("none", "-")]
    return out


def check_buyer_row(where, kind, topic, sent):
    """One buyer-sentence row, in the training file or the held-out one: labels and no dev copy."""
    if kind not in BUYER_KINDS:
        err(f"{where}: bad kind {kind}")
    if kind == "none":
        if topic != "-":
            err(f"{where}: kind none must have topic '-'")
    elif topic not in TOPICS:
        err(f"{where}: bad topic {topic}")
    if kind == "request" and sent.rstrip().endswith("?"):
        err(f"{where}: request must not end with a question mark")
    check_not_in_dev(where, sent)


def check_buyer():
    rows = read_tsv("buyer-sentences.tsv", 3)
    kinds, topics, pairs = Counter(), Counter(), Counter()
    for where, (kind, topic, sent) in rows:
        check_buyer_row(where, kind, topic, sent)
        kinds[kind] += 1
        topics[topic] += 1
        pairs[(kind, topic)] += 1
    dup_check("buyer-sentences.tsv", rows, lambda cols: cols[2])
    total = sum(kinds.values())
    mins = {"question": 150, "request": 120, "concern": 120, "none": 200}
    if total < 600:
        err(f"buyer-sentences.tsv: {total} lines, need >= 600")
    for k, m in mins.items():
        if kinds[k] < m:
            err(f"buyer-sentences.tsv: {k} has {kinds[k]}, need >= {m}")
    for t in TOPICS:
        if t != "other" and topics[t] < 30:
            err(f"buyer-sentences.tsv: topic {t} has {topics[t]}, need >= 30")
    out = OrderedDict()
    out["total"] = total
    for k in BUYER_KINDS:
        out[f"kind {k}"] = kinds[k]
    for t in TOPICS:
        out[f"topic {t} (q/r/c)"] = "%d (%d/%d/%d)" % (
            topics[t], pairs[("question", t)], pairs[("request", t)], pairs[("concern", t)])
    return out


def check_coverage():
    rows = read_tsv("reply-coverage.tsv", 4)
    labels, topics = Counter(), Counter()
    for where, (label, topic, q, a) in rows:
        if label not in COVERAGE:
            err(f"{where}: bad label {label}")
        if topic not in TOPICS:
            err(f"{where}: bad topic {topic}")
        labels[label] += 1
        topics[topic] += 1
        check_not_in_dev(where, q)
        check_not_in_dev(where, a)
    dup_check("reply-coverage.tsv", rows, lambda cols: cols[2] + " || " + cols[3])
    total = sum(labels.values())
    if total < 300:
        err(f"reply-coverage.tsv: {total} lines, need >= 300")
    for l in COVERAGE:
        if labels[l] < total / 5:
            err(f"reply-coverage.tsv: label {l} has only {labels[l]} of {total}; not balanced")
    out = OrderedDict()
    out["total"] = total
    for l in COVERAGE:
        out[f"label {l}"] = labels[l]
    for t in TOPICS:
        out[f"topic {t}"] = topics[t]
    return out


def check_threads():
    name = "concern-threads.jsonl"
    path = os.path.join(HERE, name)
    out = OrderedDict()
    if not os.path.exists(path):
        err(f"{name}: missing")
        return out
    ids = set()
    c = Counter()
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{name}:{i}"
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON: {e}")
                continue
            for k in ("id", "thread", "draft", "expect", "notes"):
                if k not in d:
                    err(f"{where}: missing key {k}")
            if any(k not in d for k in ("id", "thread", "draft", "expect")):
                continue
            tid = d["id"]
            where = f"{name}:{i} ({tid})"
            if tid in ids:
                err(f"{where}: duplicate id")
            ids.add(tid)
            thread = d["thread"]
            for j, m in enumerate(thread):
                if m.get("role") not in ("customer", "rep") or not m.get("text") or not m.get("from"):
                    err(f"{where}: thread[{j}] needs from/role/text")
            draft = d["draft"].get("text", "")
            if not draft or not d["draft"].get("from"):
                err(f"{where}: draft needs from/text")
            for m in thread:
                for s in re.split(r"(?<=[.!?])\s+|\n+", m.get("text", "")):
                    if len(tokens(s)) >= 6:
                        check_not_in_dev(where, s)
            for s in re.split(r"(?<=[.!?])\s+|\n+", draft):
                if len(tokens(s)) >= 6:
                    check_not_in_dev(where, s)
            e = d["expect"]
            for k in ("pressure", "overpromise", "unanswered", "answered"):
                if k not in e or not isinstance(e[k], list):
                    err(f"{where}: expect.{k} missing or not a list")
                    e[k] = []
            for cat in ("pressure", "overpromise"):
                for q in e[cat]:
                    c[cat] += 1
                    if q not in draft:
                        err(f"{where}: {cat} quote not in draft: {q!r}")
            if not e["pressure"] and not e["overpromise"]:
                c["clean drafts"] += 1
            for kind in ("unanswered", "answered"):
                for item in e[kind]:
                    mi, q = item.get("message"), item.get("quote", "")
                    if not isinstance(mi, int) or not (0 <= mi < len(thread)):
                        err(f"{where}: {kind} message index {mi} out of range")
                        continue
                    if thread[mi]["role"] != "customer":
                        err(f"{where}: {kind} points at a rep message {mi}")
                    if not q or q not in thread[mi]["text"]:
                        err(f"{where}: {kind} quote not in thread[{mi}]: {q!r}")
                    if item.get("topic") not in TOPICS:
                        err(f"{where}: {kind} item needs a topic from the vocabulary: {item}")
                    else:
                        c[f"{kind} topic {item['topic']}"] += 1
                    if kind == "unanswered":
                        st = item.get("status")
                        if st not in ("unanswered", "deferred"):
                            err(f"{where}: unanswered item needs status unanswered|deferred: {item}")
                        else:
                            c[f"status {st}"] += 1
                    c[kind] += 1
            if len(thread) >= 3:
                c["threads with >= 3 messages"] += 1
            if len(thread) == 0:
                c["draft-only (empty thread)"] += 1
    if len(ids) < 60:
        err(f"{name}: {len(ids)} threads, need >= 60")
    out["threads"] = len(ids)
    for k in ["threads with >= 3 messages", "draft-only (empty thread)", "clean drafts",
              "pressure", "overpromise", "answered", "unanswered",
              "status unanswered", "status deferred"]:
        out[k] = c[k]
    for t in TOPICS:
        out[f"topic {t} (answered/not)"] = "%d/%d" % (c[f"answered topic {t}"], c[f"unanswered topic {t}"])
    return out


def label_counts(counts, name, labels):
    """The total, then the count of each label in vocabulary order ("kind question", ...)."""
    out = OrderedDict()
    out["total"] = sum(counts.values())
    for label in labels:
        out[f"{name} {label}"] = counts[label]
    return out


def check_buyer_heldout():
    """Evaluation-only buyer sentences: valid labels, no dev copy, none of them in the training file."""
    rows = read_tsv("buyer-sentences-heldout.tsv", 3)
    trained = {norm(cols[2]) for _, cols in read_tsv("buyer-sentences.tsv", 3)}
    kinds = Counter()
    for where, (kind, topic, sent) in rows:
        check_buyer_row(where, kind, topic, sent)
        if norm(sent) in trained:
            err(f"{where}: also in buyer-sentences.tsv, which the models train on")
        kinds[kind] += 1
    dup_check("buyer-sentences-heldout.tsv", rows, lambda cols: cols[2])
    return label_counts(kinds, "kind", BUYER_KINDS)


def check_buyer_topics():
    """Topic-only buyer points: valid labels, no dev copy, and no near copy of a point quoted in any
    concern-thread file (the held-out batches measure the topic model on new text)."""
    rows = read_tsv("buyer-topics.tsv", 3)
    quoted = []
    for name in sorted(os.listdir(HERE)):
        if name.startswith("concern-threads") and name.endswith(".jsonl"):
            for line in open(os.path.join(HERE, name), encoding="utf-8"):
                if line.strip():
                    expect = json.loads(line).get("expect", {})
                    for it in expect.get("unanswered", []) + expect.get("answered", []):
                        t = tokens(it.get("quote", ""))
                        if len(t) >= 5:
                            quoted.append((name, t))
    topics = Counter()
    for where, (kind, topic, sent) in rows:
        check_buyer_row(where, kind, topic, sent)
        if kind == "none":
            err(f"{where}: every point here needs a topic")
        mine = tokens(sent)
        if len(mine) >= 5:
            for name, t in quoted:
                if len(mine & t) / len(mine | t) >= 0.8:
                    err(f"{where}: near copy of a point quoted in {name}: {sent!r}")
                    break
        topics[topic] += 1
    dup_check("buyer-topics.tsv", rows, lambda cols: cols[2])
    return label_counts(topics, "topic", TOPICS)


def main():
    sections = OrderedDict()
    sections["draft-sentences.tsv"] = check_drafts()
    sections["buyer-sentences.tsv"] = check_buyer()
    sections["buyer-sentences-heldout.tsv"] = check_buyer_heldout()
    sections["buyer-topics.tsv"] = check_buyer_topics()
    sections["reply-coverage.tsv"] = check_coverage()
    sections["concern-threads.jsonl"] = check_threads()
    lines = []
    for name, counts in sections.items():
        lines.append(name)
        for k, v in counts.items():
            lines.append(f"  {k:<34} {v}")
    report = "\n".join(lines)
    print(report)
    if "--write-readme" in sys.argv:
        rp = os.path.join(HERE, "README.md")
        text = open(rp, encoding="utf-8").read()
        begin, end = "<!-- counts:begin -->", "<!-- counts:end -->"
        if begin in text and end in text:
            a = text.index(begin) + len(begin)
            b = text.index(end)
            text = text[:a] + "\n```\n" + report + "\n```\n" + text[b:]
            open(rp, "w", encoding="utf-8").write(text)
            print("README.md counts block updated")
        else:
            err("README.md: counts markers not found")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors[:200]:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
