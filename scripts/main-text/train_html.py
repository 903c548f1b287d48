#!/usr/bin/python3
"""Trains the HTML main-text model (engine/readers/html/html_main_text_model.tsv).

  train_html.py dataset TOOL SET_DIR OUT.tsv   the text blocks of SET_DIR/pages/*.html, their
                                               features (TOOL = folio-html-main-text-features) and
                                               labels from SET_DIR/evaldata.json; numbers only out
  train_html.py cv DATASET.tsv [TOOL SET_DIR [SPLIT]]
                                               5-fold cross-validation by page; with the set, also
                                               the segment score that extraction-score counts;
                                               SPLIT N > 0 deals the pages into other folds
  train_html.py fit DATASET.tsv MODEL.tsv [K] fits on every page (but fold K's), writes the weights

A block is main text (1) when it holds a "with" segment of its page and boilerplate (0) when it
holds only "without" segments; other blocks are not used for fitting. The model is a logistic
regression on standardised features (python3-sklearn, Debian); folio reads its weights. Folds are
the page's SHA-256 modulo 5, so the figures are reproducible.
"""
import concurrent.futures as cf
import hashlib
import json
import os
import subprocess
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

from extraction_text import norm

C = 0.03
THRESHOLD = 0.5
FOLDS = 5


def page_fold(name):
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % FOLDS


def page_key(name):
    """The page column of the data set: a hash of the page's file name."""
    return hashlib.sha256(name.encode()).hexdigest()[:12]


def split_fold(key, split):
    """Split N > 0: another deal of the pages into the folds (split 0 is page_fold, fit's K), as
    train.py's folds_of: a figure is the mean over several deals, not the best of them."""
    return int(hashlib.sha256(("%d-%s" % (split, key)).encode()).hexdigest()[:8], 16) % FOLDS


def read_pages(tool, set_dir):
    """{page name: [(features, text)]} from the feature tool, 40 pages per process."""
    names = sorted(os.listdir(os.path.join(set_dir, "pages")))
    chunks = [names[i:i + 40] for i in range(0, len(names), 40)]

    def run(chunk):
        out = subprocess.run([tool] + [os.path.join(set_dir, "pages", n) for n in chunk],
                             capture_output=True, check=True).stdout.decode("utf-8", "replace")
        pages, current = {}, None
        for line in out.split("\n"):
            if line.startswith("#page "):
                current = os.path.basename(line[6:]); pages[current] = []
            elif line and current:
                cells = line.split("\t")
                pages[current].append(([float(x) for x in cells[1:-1]], cells[-1]))
        return pages

    pages = {}
    with cf.ThreadPoolExecutor(2) as ex:
        for part in ex.map(run, chunks):
            pages.update(part)
    return pages


def labels(blocks, item):
    out = []
    with_ = [norm(s) for s in item["with"]]
    without = [norm(s) for s in item["without"]]
    for _, text in blocks:
        t = norm(text)
        main = any(s in t for s in with_)
        boiler = any(s in t for s in without)
        out.append(1 if main and not boiler else 0 if boiler and not main else -1)
    return out


def dataset(tool, set_dir, out_path):
    data = json.load(open(os.path.join(set_dir, "evaldata.json"), encoding="utf-8"))
    pages = read_pages(tool, set_dir)
    names = subprocess.run([tool, "--names"], capture_output=True, check=True, text=True).stdout.split()
    rows = 0
    with open(out_path, "w") as f:
        f.write("# page\tfold\tlabel\t" + "\t".join(names) + "\n")
        for name in sorted(pages):
            if name not in data:
                continue
            page = page_key(name)
            for (feats, _), label in zip(pages[name], labels(pages[name], data[name])):
                if label < 0:
                    continue
                f.write("%s\t%d\t%d\t%s\n" % (page, page_fold(name), label, "\t".join("%.6g" % x for x in feats)))
                rows += 1
    print("%d labelled blocks of %d pages -> %s" % (rows, len(pages), out_path))


def load(path):
    with open(path) as f:
        names = f.readline().rstrip("\n").split("\t")[3:]
        keys, folds, y, X = [], [], [], []
        for line in f:
            cells = line.rstrip("\n").split("\t")
            keys.append(cells[0]); folds.append(int(cells[1])); y.append(int(cells[2]))
            X.append([float(x) for x in cells[3:]])
    return names, keys, np.array(folds), np.array(y), np.array(X)


class Model:
    def __init__(self, X, y):
        self.mean = X.mean(axis=0)
        self.scale = X.std(axis=0)
        self.scale[self.scale == 0] = 1.0
        self.lr = LogisticRegression(C=C, max_iter=5000).fit((X - self.mean) / self.scale, y)

    def prob(self, X):
        return self.lr.predict_proba((np.asarray(X) - self.mean) / self.scale)[:, 1]


def segment_score(pages, data, probs):
    tp = fp = fn = 0
    for name, blocks in pages.items():
        if name not in data:
            continue
        kept = " ".join(norm(t) for (_, t), p in zip(blocks, probs[name]) if p >= THRESHOLD)
        item = data[name]
        found = sum(1 for s in item["with"] if norm(s) in kept)
        tp += found; fn += len(item["with"]) - found
        fp += sum(1 for s in item["without"] if norm(s) in kept)
    return tp, fp, fn


def cv(path, tool=None, set_dir=None, split="0"):
    names, keys, folds, y, X = load(path)
    split = int(split)
    if split:
        folds = np.array([split_fold(k, split) for k in keys])
    pages = read_pages(tool, set_dir) if tool else None
    data = json.load(open(os.path.join(set_dir, "evaldata.json"), encoding="utf-8")) if tool else None
    correct, probs = 0, {}
    for k in range(FOLDS):
        model = Model(X[folds != k], y[folds != k])
        correct += int(((model.prob(X[folds == k]) >= THRESHOLD) == y[folds == k]).sum())
        if pages:
            for name, blocks in pages.items():
                fold = split_fold(page_key(name), split) if split else page_fold(name)
                if fold == k and blocks:
                    probs[name] = model.prob([f for f, _ in blocks])
                elif fold == k:
                    probs[name] = []
    print("block accuracy (cross-validated): %.3f over %d labelled blocks" % (correct / len(y), len(y)))
    if pages:
        tp, fp, fn = segment_score(pages, data, probs)
        print("segments (cross-validated): precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)" % (
            tp / max(tp + fp, 1), tp / max(tp + fn, 1), 2 * tp / max(2 * tp + fp + fn, 1), tp, fp, fn))


def fit(path, out_path, leave_out=None):
    names, _, folds, y, X = load(path)
    if leave_out is not None:  # for cv-pipeline: a model that has not seen fold K
        keep = folds != int(leave_out)
        folds, y, X = folds[keep], y[keep], X[keep]
    model = Model(X, y)
    with open(out_path, "w") as f:
        f.write("# The HTML main-text model: logistic regression on standardised text-block features.\n")
        f.write("# Written by scripts/main-text/train_html.py fit (C=%g) from %d labelled blocks.\n" % (C, len(y)))
        f.write("# feature\tmean\tscale\tweight\n")
        f.write("bias\t%.6f\nthreshold\t%.2f\n" % (model.lr.intercept_[0], THRESHOLD))
        for name, m, s, w in zip(names, model.mean, model.scale, model.lr.coef_[0]):
            f.write("%s\t%.6g\t%.6g\t%.6f\n" % (name, m, s, w))
    print("wrote", out_path)


if __name__ == "__main__":
    cmd, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if cmd == "dataset" and len(args) == 3:
        dataset(*args)
    elif cmd == "cv" and len(args) in (1, 3, 4):
        cv(*args)
    elif cmd == "fit" and len(args) in (2, 3):
        fit(*args)
    else:
        print(__doc__)
        sys.exit(2)
