"""Text folding shared by the training scripts: the same folding ../shared/tools/extraction-score
applies before it compares segments, so that a block is labelled the way it is scored."""
import re
import unicodedata

FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201a": "'", "\u2039": "'", "\u203a": "'",
                      "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                      "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "})


def norm(t):
    t = unicodedata.normalize("NFC", t).translate(FOLD).replace("\u2026", "...")
    t = re.sub(r'\s*"\s*', '"', t)
    t = re.sub(r"\s+([;:!?])", r"\1", t)
    return re.sub(r"\s+", " ", t).strip()
