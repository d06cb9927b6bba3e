#!/usr/bin/env python3
"""Writes the large and pathological inputs used by scripts/bench.sh and the fuzz seed corpus.

usage: gen_inputs.py OUTDIR [--scale full|fuzz] [--corpus DIR]

full: big_20mb.txt (real reports repeated to 20 MB), one_line_5mb.txt (one 5 MB line),
      table_lines_100k.txt (100 000 table-like lines), digits_1m.txt (a million digits in a row),
      plus a few other shapes (pipes, tabs, labels without numbers, 1 MB of "一、…" headings on one line).
fuzz: the same shapes cut to at most 64 KB, to seed libFuzzer with -max_len 65536.
"""
import argparse
import os
import random

LABELS = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "1.予以公开",
          "2.部分公开（区分处理的，只计这一情形，不计其他情形）", "（七）总计", "四、结转下年度继续办理",
          "行政复议", "行政诉讼", "维持", "纠正", "尚未审结", "总计", "第二十条第（一）项", "规章", "规范性文件"]


def corpus_text(corpus):
    parts = []
    for sub in ("seeds", "dev"):
        d = os.path.join(corpus, sub)
        if os.path.isdir(d):
            for f in sorted(os.listdir(d)):
                if f.endswith(".txt"):
                    parts.append(open(os.path.join(d, f), encoding="utf-8").read())
    return parts or ["一、总体情况\n" + "\n".join(LABELS) + "\n"]


def shapes(size, corpus):
    rnd = random.Random(20240601)
    reports = corpus_text(corpus)
    out = {}
    # Real reports one after another up to `size` bytes (20 MB in full scale).
    text, i = [], 0
    total = 0
    while total < size:
        t = reports[i % len(reports)]
        text.append(t)
        total += len(t.encode("utf-8"))
        i += 1
    out["big_reports"] = "\n".join(text)
    line_size = size // 4
    # One line of 5 MB: a report's words without line breaks.
    flat = " ".join(r.replace("\n", " ") for r in reports)
    flat_bytes = flat.encode("utf-8")
    out["one_line"] = (flat_bytes * (line_size // max(1, len(flat_bytes)) + 1))[:line_size].decode("utf-8", errors="ignore")
    # 100 000 table-like lines: a label and seven numbers.
    n_lines = 100_000 if size >= 10_000_000 else 1500
    out["table_lines"] = "".join(
        f"{LABELS[k % len(LABELS)]}\t" + "\t".join(str(rnd.randint(0, 999)) for _ in range(7)) + "\n"
        for k in range(n_lines))
    # A million digits in a row (the digit-run splitter), alone and after a table label.
    n_digits = 1_000_000 if size >= 10_000_000 else 60_000
    digits = "".join(rnd.choice("0123456789") for _ in range(n_digits))
    out["digits"] = LABELS[0] + digits + "\n" + LABELS[4] + digits[: n_digits // 2] + "\n"
    # Pipes, cells one per line, labels without numbers, deep punctuation.
    out["pipes"] = "".join("|" * (k % 50) + LABELS[k % len(LABELS)] + "|" * 7 + "\n" for k in range(n_lines))
    out["labels_only"] = "\n".join(LABELS * (n_lines // len(LABELS)))
    out["cells_per_line"] = "".join(f"{LABELS[k % len(LABELS)]}\n" + "".join(f"{rnd.randint(0, 99)} |\n" for _ in range(7))
                                    for k in range(n_lines // 4))
    # Many "一、" headings on one line (quadratic in the section reader when this was written).
    head = "一、总体情况 二、主动公开政府信息情况 "
    n_heads = (1024 * 1024 if size >= 10_000_000 else 48 * 1024) // len(head.encode("utf-8"))
    out["headings_one_line"] = head * n_heads
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--scale", choices=["full", "fuzz"], default="full")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "corpus"))
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    size = 20 * 1024 * 1024 if a.scale == "full" else 64 * 1024
    names = {"big_reports": "big_20mb", "one_line": "one_line_5mb", "table_lines": "table_lines_100k",
             "digits": "digits_1m", "pipes": "pipes", "labels_only": "labels_only",
             "cells_per_line": "cells_per_line", "headings_one_line": "headings_one_line_1mb"}
    for key, text in shapes(size, a.corpus).items():
        data = text.encode("utf-8")
        if a.scale == "fuzz":
            data = data[:size].decode("utf-8", errors="ignore").encode("utf-8")
        name = names[key] if a.scale == "full" else "patho_" + key
        with open(os.path.join(a.outdir, name + ".txt"), "wb") as f:
            f.write(data)
        print(f"{name}.txt\t{len(data)}")


if __name__ == "__main__":
    main()
