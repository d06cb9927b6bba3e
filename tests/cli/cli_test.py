#!/usr/bin/env python3
"""End-to-end tests of the xxgk-lint command line (one CTest test per case).

usage: cli_test.py --bin XXGK_LINT --tojson TOJSON --corpus DIR --work DIR CASE
"""
import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile

ARGS = None

# A small report in the shape users paste (tab-separated rows), used when the shared corpus
# is not there; the tests compare the CLI with itself and with to_json, not with hand values.
SYNTHETIC = """重庆市某某区人民政府2020年政府信息公开工作年度报告
一、总体情况
2020年，本区认真贯彻落实《条例》。
三、收到和处理政府信息公开申请情况
本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和
\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
一、本年新收政府信息公开申请数量\t49\t1\t0\t0\t0\t0\t50
二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0
五、其他需要报告的事项
无。
"""


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def run(*args, stdin=None):
    p = subprocess.run([ARGS.bin, *args], input=stdin, capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def corpus_files():
    out = []
    for sub in ("seeds", "dev"):
        d = os.path.join(ARGS.corpus, sub)
        if os.path.isdir(d):
            out += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt"))
    return out


def workdir(name):
    d = os.path.join(ARGS.work, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    return d


def sample_texts():
    """(name, utf-8 text) of a few reports: the corpus if present, else the synthetic one."""
    files = corpus_files()
    if files:
        return [(os.path.basename(f), open(f, encoding="utf-8").read()) for f in files]
    return [("synthetic.txt", SYNTHETIC)]


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)
    return path


def expect_unreadable(path, reason):
    code, out, err = run(path)
    if code != 2:
        fail(f"{path}: exit {code}, expected 2")
    lines = err.strip().splitlines()
    if len(lines) != 1 or "无法读取文件" not in lines[0] or reason not in lines[0]:
        fail(f"{path}: stderr should be one line with 无法读取文件 and {reason}: {err!r}")
    if out.strip():
        fail(f"{path}: nothing should be printed on stdout: {out[:200]!r}")


# ---------------------------------------------------------------------------- cases

def case_missing():
    expect_unreadable(os.path.join(ARGS.work, "does-not-exist.txt"), "文件不存在")


def case_empty():
    d = workdir("empty")
    expect_unreadable(write(os.path.join(d, "empty.txt"), b""), "文件为空")
    expect_unreadable(write(os.path.join(d, "bom-only.txt"), b"\xef\xbb\xbf"), "文件为空")


def case_binary():
    d = workdir("binary")
    expect_unreadable(write(os.path.join(d, "image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 4),
                      "图片")
    expect_unreadable(write(os.path.join(d, "data.txt"), b"\0\1\2\3" * 100), "二进制")
    expect_unreadable(write(os.path.join(d, "old.doc"), b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)), "另存为 .docx")
    expect_unreadable(write(os.path.join(d, "scan.pdf"), b"%PDF-1.4\n%broken"), "PDF")
    expect_unreadable(write(os.path.join(d, "latin1.txt"), "Café résumé naïve à la carte £5 ".encode("latin-1") * 20),
                      "编码")
    expect_unreadable(write(os.path.join(d, "fake.docx"), b"PK\x03\x04 not a zip at all"), "docx")


def same_result_in_encodings(encodings):
    d = workdir("enc-" + encodings[0][0])
    for name, text in sample_texts()[:4]:
        ref = write(os.path.join(d, name), text.encode("utf-8"))
        c0, o0, e0 = run("--format", "json", ref)
        if c0 not in (0, 1):
            fail(f"{name} as UTF-8: exit {c0}: {e0}")
        for label, data in encodings:
            p = write(os.path.join(d, f"{label}-{name}"), data(text))
            c, o, e = run("--format", "json", p)
            if c != c0 or o != o0:
                fail(f"{name} as {label}: exit {c} (UTF-8: {c0}), same output: {o == o0}; stderr {e!r}")


def case_gb18030():
    same_result_in_encodings([("gb18030", lambda t: t.encode("gb18030"))])


def case_utf16():
    same_result_in_encodings([("utf16le", lambda t: b"\xff\xfe" + t.encode("utf-16-le")),
                              ("utf16be", lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
                              ("utf8bom", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"))])


def make_folder(name):
    d = workdir(name)
    good = []
    for i, (n, text) in enumerate(sample_texts()):
        sub = os.path.join(d, "sub" if i % 2 else "", n)
        os.makedirs(os.path.dirname(sub), exist_ok=True)
        good.append(write(sub, text.encode("utf-8")))
    bad = [write(os.path.join(d, "0-empty.txt"), b""),
           write(os.path.join(d, "sub", "binary.md"), b"\0\1\2\3" * 100),
           write(os.path.join(d, "damaged.pdf"), b"%PDF-1.4")]
    write(os.path.join(d, "ignored.png"), b"\x89PNG")
    return d, sorted(good), bad


def case_folder_with_bad_files():
    d, good, bad = make_folder("folder")
    code, out, err = run("--format", "jsonl", "-j", "2", d)
    if code != 2:
        fail(f"exit {code}, expected 2 (unreadable files in the folder)")
    lines = out.splitlines()
    files = [json.loads(l)["file"] for l in lines]
    if files != good:
        fail(f"the good files must all be checked, in sorted order: {files} vs {good}")
    errs = err.strip().splitlines()
    if len(errs) != len(bad) or not all("无法读取文件" in e for e in errs):
        fail(f"one stderr line per unreadable file: {errs}")


def case_jsonl():
    d, good, _ = make_folder("jsonl")
    for f in os.listdir(d):
        if f.startswith("0-"):
            os.remove(os.path.join(d, f))
    os.remove(os.path.join(d, "sub", "binary.md"))
    os.remove(os.path.join(d, "damaged.pdf"))
    code, out, err = run("--format", "jsonl", d)
    if code not in (0, 1):
        fail(f"exit {code}: {err}")
    lines = out.split("\n")
    if lines[-1] != "" or len(lines) - 1 != len(good):
        fail(f"{len(lines) - 1} lines for {len(good)} reports")
    for line, path in zip(lines, good):
        j = json.loads(line)
        for key in ("file", "version", "meta", "tables", "findings"):
            if key not in j:
                fail(f"{path}: key {key} missing")
        if j["file"] != path:
            fail(f"file {j['file']} != {path}")
        ref = json.loads(subprocess.run([ARGS.tojson, path], capture_output=True).stdout)
        del j["file"]
        if j != ref:
            fail(f"{path}: jsonl result differs from to_json")
    # Deterministic whatever the number of threads.
    if run("--format", "jsonl", "-j", "1", d)[1] != out or run("--format", "jsonl", "-j", "5", d)[1] != out:
        fail("output depends on the number of threads")


def case_csv():
    d, good, _ = make_folder("csv")
    code, out, err = run("--format", "csv", d)
    rows = list(csv.reader(io.StringIO(out, newline="")))
    if rows[0][:4] != ["file", "agency", "year", "format"] or len(rows[0]) != 10:
        fail(f"header {rows[0]}")
    if [r[0] for r in rows[1:]] != good or any(len(r) != 10 for r in rows):
        fail(f"one row of 10 fields per readable report: {rows}")
    for r in rows[1:]:
        j = json.loads(subprocess.run([ARGS.tojson, r[0]], capture_output=True).stdout)
        errors = sum(1 for f in j["findings"] if f["severity"] == "error")
        if int(r[4]) != errors:
            fail(f"{r[0]}: errors {r[4]} != {errors}")
        req = (j.get("tables") or {}).get("requests")
        if req and req.get("rows", {}).get("new_received"):
            v = req["rows"]["new_received"][6]
            if v is not None and float(r[6]) != float(v):
                fail(f"{r[0]}: 本年新收 total {r[6]} != {v}")
        meta = j.get("meta") or {}
        if (meta.get("agency") or "") != r[1] or str(meta.get("year") or "") != r[2]:
            fail(f"{r[0]}: agency/year {r[1:3]} vs {meta}")


def case_json_equals_to_json():
    d = workdir("json")
    for name, text in sample_texts():
        p = write(os.path.join(d, name), text.encode("utf-8"))
        code, out, err = run("--format", "json", p)
        ref = subprocess.run([ARGS.tojson, p], capture_output=True).stdout.decode("utf-8")
        if out != ref:
            fail(f"{name}: --format json is not exactly to_json(result) + newline")
        has_error = any(f["severity"] == "error" for f in json.loads(out)["findings"])
        if code != (1 if has_error else 0):
            fail(f"{name}: exit {code} but error findings: {has_error}")
        # stdin gives the same result.
        c2, o2, _ = run("--format", "json", "-", stdin=text.encode("utf-8"))
        if o2 != out or c2 != code:
            fail(f"{name}: stdin differs from the file")


def case_text_diagnostics():
    d = workdir("text")
    for name, text in sample_texts():
        p = write(os.path.join(d, name), text.encode("utf-8"))
        j = json.loads(run("--format", "json", p)[1])
        code, out, err = run(p)
        if not out.startswith(p + "："):
            fail(f"{name}: the text output starts with the meta line: {out[:100]!r}")
        for f in j["findings"]:
            needle = f": {f['severity']}: {f['message']} [{f['rule']}]"
            if needle not in out:
                fail(f"{name}: finding missing from the text output: {needle}")
            if f.get("span") and f["span"][0] >= 0:
                line = next(l for l in out.splitlines() if l.endswith(needle))
                loc = line[: -len(needle)]
                parts = loc.rsplit(":", 2)
                if len(parts) != 3 or parts[0] != p or not parts[1].isdigit() or not parts[2].isdigit():
                    fail(f"{name}: not FILE:LINE:COL: {line}")
                lineno = int(parts[1])
                if lineno < 1 or lineno > text.count("\n") + 1:
                    fail(f"{name}: line {lineno} out of range")


DOCX_XML = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            "<w:p><w:r><w:t>某某区人民政府2021年政府信息公开工作年度报告</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>"
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>一、本年新收政府信息公开申请数量</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>49</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc>"
            "<w:tc><w:p><w:r><w:t>50</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            "<w:p><w:r><w:t xml:space=\"preserve\">二、</w:t></w:r><w:r><w:t>主动公开 &amp; 其他</w:t></w:r></w:p>"
            "</w:body></w:document>")
DOCX_TEXT = ("某某区人民政府2021年政府信息公开工作年度报告\n一、总体情况\n"
             "一、本年新收政府信息公开申请数量\t49\t\t50\n二、主动公开 & 其他\n")


def case_docx():
    d = workdir("docx")
    p = os.path.join(d, "report.docx")
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", DOCX_XML)
    code, out, err = run("--print-text", p)
    if code != 0 or out != DOCX_TEXT:
        fail(f"docx text: exit {code}, {out!r} != {DOCX_TEXT!r}; {err}")
    txt = write(os.path.join(d, "report.txt"), DOCX_TEXT.encode("utf-8"))
    if run("--format", "json", p)[1] != run("--format", "json", txt)[1]:
        fail("the .docx and its text give different results")
    c, _, e = run(os.path.join(d, "report.docx") + "x")
    if c != 2:
        fail("a missing .docx must exit 2")


def case_html():
    d = workdir("html")
    html = ("<html><head><meta charset='utf-8'><title>报告</title><script>x='<td>'</script></head><body>"
            "<p>一、总体情况</p><table><tr><td>项目</td><td>自然人</td></tr>"
            "<tr><td>一、本年新收</td><td>49&nbsp;</td></tr></table></body></html>")
    p = write(os.path.join(d, "r.html"), html.encode("gb18030"))
    code, out, err = run("--print-text", p)
    if code != 0 or out != "报告\n一、总体情况\n项目\t自然人\n一、本年新收\t49\u00a0\n":
        fail(f"html text: exit {code}, {out!r} {err}")


def case_regress():
    """Every kept crasher/hang reproducer (tests/fixtures/regress/) is read and checked: exit 0, 1 or 2."""
    d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "regress")
    files = sorted(os.listdir(d)) if os.path.isdir(d) else []
    for f in files:
        p = os.path.join(d, f)
        code, out, err = run("--format", "jsonl", p)
        if code not in (0, 1, 2):
            fail(f"{f}: exit {code} (crash?): {err[-500:]}")
        if code != 2 and len(out.splitlines()) != 1:
            fail(f"{f}: expected one result line")
    print(len(files), "regression inputs")


def case_usage():
    if run()[0] != 2 or run("--format", "xml", "x")[0] != 2:
        fail("usage errors exit 2")
    if run("--help")[0] != 0 or "用法" not in run("--help")[1]:
        fail("--help")
    c, out, _ = run("--version")
    if c != 0 or not out.startswith("xxgk-lint "):
        fail("--version")


CASES = {k[5:]: v for k, v in globals().items() if k.startswith("case_")}


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--tojson", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("case", choices=sorted(CASES))
    ARGS = ap.parse_args()
    os.makedirs(ARGS.work, exist_ok=True)
    CASES[ARGS.case]()
    print("ok", ARGS.case)


if __name__ == "__main__":
    main()
