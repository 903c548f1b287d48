#!/usr/bin/python3
"""Trains the scraped-text main-text model (engine/readers/text/main_text_model.tsv).

  train.py dataset FEATURES_TOOL SET_DIR OUT.tsv   label the blocks of SET_DIR/scraped/*.txt with
                                                   SET_DIR/evaldata.json (numbers only out)
  train.py cv DATASET.tsv [FEATURES_TOOL SET_DIR [SPLIT]]
                                                   5-fold cross-validation by page; with the set,
                                                   also the segment score extraction-score counts;
                                                   SPLIT N > 0 deals the pages into other folds
  train.py fit DATASET.tsv MODEL.tsv [K]          fits on every page (but fold K's), writes the weights

A block is main text (1) when a line of it holds part of a "with" segment and boilerplate (0)
when its lines hold only parts of "without" segments; other blocks are not used. The model is a
logistic regression on standardised features (python3-sklearn, Debian); folio reads its weights.
Folds are the page's SHA-256 modulo 5, so the figures are reproducible.
"""
import hashlib
import json
import os
import subprocess
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

from extraction_text import norm

C = 0.03  # 166 features, many of them products: more regularisation than 61 measures needed
THRESHOLD = 0.5
NEAR_THRESHOLD = 0.30  # the context pass (main_text_kept in main_text.cc)
MAX_HOLE, HOLE_FLOOR = 2, 0.05  # kMaxHole, kHoleFloor in main_text.cc
FOLDS = 5


def page_lines(set_dir, name):
    raw = open(os.path.join(set_dir, "scraped", name), "rb").read().decode("utf-8", "replace")
    lines = raw.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def line_labels(lines, item):
    text, owner = [], []
    for i, l in enumerate(lines):
        n = norm(l)
        if not n:
            continue
        if text:
            text.append(" "); owner.append(i)
        text.append(n); owner.extend([i] * len(n))
    s = "".join(text)
    labels = [-1] * len(lines)
    for kind, value in (("without", 0), ("with", 1)):
        for seg in item[kind]:
            ns = norm(seg)
            k = s.find(ns) if ns else -1
            while k >= 0:
                for j in set(owner[k:k + len(ns)]):
                    if value == 1 or labels[j] == -1:
                        labels[j] = value
                k = s.find(ns, k + 1)
    return labels


def page_id(name):
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def blocks_of_set(tool, set_dir):
    """(page id, block, first line, last line, label, features…) rows of every block of the set."""
    data = json.load(open(os.path.join(set_dir, "evaldata.json"), encoding="utf-8"))
    names = sorted(n[:-5] + ".txt" for n in data)
    dump = subprocess.run([tool] + [os.path.join(set_dir, "scraped", n) for n in names],
                          capture_output=True, text=True, check=True).stdout
    rows, labels, page, block = [], [], 0, 0
    for row in dump.split("\n"):
        if row.startswith("#page "):
            name = os.path.basename(row[6:])
            labels = line_labels(page_lines(set_dir, name), data[name[:-4] + ".html"])
            page, block = page_id(name), 0
            continue
        if not row or row.startswith("#"):  # "#nav N": the lines above N are the site navigation
            continue
        cells = row.split("\t")
        first, last = int(cells[0]), int(cells[1])
        known = [labels[i] for i in range(first, last + 1) if labels[i] != -1]
        label = -1 if not known else (1 if 1 in known else 0)
        rows.append([page, block, first, last, label] + [float(c) for c in cells[2:]])
        block += 1
    return np.array(rows)


def dataset(tool, set_dir, out):
    """Only the labelled blocks are kept: the features already hold their context."""
    feature_names = subprocess.run([tool, "--names"], capture_output=True, text=True, check=True).stdout.split()
    rows = blocks_of_set(tool, set_dir)
    with open(out, "w") as f:
        f.write("page\tblock\tfirst\tlast\tlabel\t" + "\t".join(feature_names) + "\n")
        for r in rows[rows[:, 4] >= 0]:
            f.write("\t".join("%d" % v for v in r[:5]) + "\t" + "\t".join("%.5g" % v for v in r[5:]) + "\n")


def load(path):
    rows = [l.rstrip("\n").split("\t") for l in open(path)]
    header, rows = rows[0], rows[1:]
    a = np.array([[float(c) for c in r] for r in rows])
    return header[5:], a[:, 0].astype(np.int64), a[:, 2:4].astype(np.int64), a[:, 4], a[:, 5:]


def fit(X, y):
    mean = X.mean(axis=0); scale = X.std(axis=0); scale[scale == 0] = 1
    clf = LogisticRegression(C=C, max_iter=5000).fit((X - mean) / scale, y)
    return mean, scale, clf


def predict(model, X):
    mean, scale, clf = model
    return clf.predict_proba((X - mean) / scale)[:, 1]


def folds_of(pages, split=0):
    """Split 0: the page id modulo 5 (fit's K); split N: SHA-256 of "N-id" modulo 5, another deal
    of the same pages (five splits of today's data set range over 0.006 of F1, so a figure is the
    mean of several)."""
    if split == 0:
        return pages % FOLDS
    return np.array([int(hashlib.sha256(("%d-%d" % (split, p)).encode()).hexdigest()[:8], 16) % FOLDS
                     for p in pages.tolist()])


def cross_validate(path, tool=None, set_dir=None, split="0"):
    names, pages, spans, y, X = load(path)
    fold = folds_of(pages, int(split))
    p = np.zeros(len(y))
    models = []
    for k in range(FOLDS):
        models.append(fit(X[fold != k], y[fold != k]))
        p[fold == k] = predict(models[k], X[fold == k])
    keep = p >= THRESHOLD
    m = y >= 0
    tp = int((keep & (y == 1)).sum()); fp = int((keep & (y == 0)).sum()); fn = int((~keep & (y == 1)).sum())
    print(json.dumps({"blocks": int(m.sum()), "block_precision": round(tp / (tp + fp), 3),
                      "block_recall": round(tp / (tp + fn), 3), "block_f1": round(2 * tp / (2 * tp + fp + fn), 3)}))
    if not set_dir:
        return
    data = json.load(open(os.path.join(set_dir, "evaldata.json"), encoding="utf-8"))
    by_id = {page_id(n[:-5] + ".txt"): n for n in data}
    rows = blocks_of_set(tool, set_dir)
    pages, spans, X = rows[:, 0].astype(np.int64), rows[:, 2:4].astype(np.int64), rows[:, 5:]
    keep = np.zeros(len(rows), dtype=bool)
    score = np.zeros(len(rows))
    page_fold = folds_of(pages, int(split))
    for k in range(FOLDS):
        score[page_fold == k] = predict(models[k], X[page_fold == k])
    prose = X[:, names.index("prose")]
    bullet = X[:, names.index("bullet")]
    furniture = X[:, [k for k, n in enumerate(names) if n.startswith("kind_")]].sum(axis=1) + X[:, names.index("repeated")]
    kept = {}
    for i in range(len(rows)):
        kept.setdefault(int(pages[i]), []).append(i)
    for pid, blocks in kept.items():
        best = max(score[i] for i in blocks)  # judged against the page's best (judged_against_page)
        for i in blocks:
            score[i] = min(1.0, score[i] / best)
        good = [score[i] >= THRESHOLD for i in blocks]
        for a, i in enumerate(blocks):  # the context pass of main_text_kept()
            before = a > 0 and good[a - 1]
            after = a + 1 < len(blocks) and good[a + 1]
            near = not good[a] and score[i] >= NEAR_THRESHOLD
            keep[i] = good[a] or (near and ((before and after) or (prose[i] > 0 and (before or after))))
        context = [keep[i] for i in blocks]
        a = 0
        while a < len(blocks):  # a short hole between kept blocks, no furniture, not repeated (main_text_kept)
            if context[a]:
                a += 1; continue
            e = a
            while e < len(blocks) and not context[e]: e += 1
            if a > 0 and e < len(blocks) and e - a <= MAX_HOLE and \
                    all(score[blocks[j]] >= HOLE_FLOOR and furniture[blocks[j]] == 0 for j in range(a, e)):
                for j in range(a, e): keep[blocks[j]] = True
            a = e
        a = 0
        while a < len(blocks):  # a list between kept blocks is kept whole (main_text_kept)
            if bullet[blocks[a]] == 0:
                a += 1; continue
            e = a
            while e < len(blocks) and bullet[blocks[e]] > 0: e += 1
            items = [score[blocks[j]] for j in range(a, e)]
            if a > 0 and e < len(blocks) and keep[blocks[a - 1]] and keep[blocks[e]] and \
                    sum(items) / len(items) >= NEAR_THRESHOLD:
                for j in range(a, e): keep[blocks[j]] = True
            a = e
        kept[pid] = [(spans[i], keep[i]) for i in blocks]
    tp = fp = fn = 0
    for pid, name in by_id.items():
        lines = page_lines(set_dir, name[:-5] + ".txt")
        out = norm(" ".join(" ".join(lines[a:b + 1]) for (a, b), k in kept.get(pid, []) if k))
        for w in data[name]["with"]:
            if norm(w) in out: tp += 1
            else: fn += 1
        for w in data[name]["without"]:
            fp += norm(w) in out
    print(json.dumps({"segments_cross_validated": True, "precision": round(tp / (tp + fp), 3),
                      "recall": round(tp / (tp + fn), 3), "f1": round(2 * tp / (2 * tp + fp + fn), 3)}))


def write_model(path, out, leave_out=None):
    names, pages, spans, y, X = load(path)
    m = y >= 0
    if leave_out is not None:  # for cv-pipeline: a model that has not seen fold K
        m &= pages % FOLDS != int(leave_out)
    mean, scale, clf = fit(X[m], y[m])
    with open(out, "w") as f:
        f.write("# The scraped-text main-text model: logistic regression on standardised block features.\n")
        f.write("# Written by scripts/main-text/train.py fit (C=%g) from %d labelled blocks of %d pages.\n"
                % (C, int(m.sum()), len(set(pages.tolist()))))
        f.write("# feature\tmean\tscale\tweight\n")
        f.write("bias\t%.6f\nthreshold\t%.2f\nnear_threshold\t%.2f\n" % (clf.intercept_[0], THRESHOLD, NEAR_THRESHOLD))
        for n, a, s, w in zip(names, mean, scale, clf.coef_[0]):
            f.write("%s\t%.6g\t%.6g\t%.6f\n" % (n, a, s, w))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"dataset": dataset, "cv": cross_validate, "fit": write_model}[cmd](*args)
