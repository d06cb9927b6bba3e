#!/usr/bin/env python3
"""End-to-end tests of the xxgk-lint command line (one CTest test per case).

usage: cli_test.py --bin XXGK_LINT --tojson TOJSON --corpus DIR --work DIR CASE
"""
import argparse
import csv
import hashlib
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
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


# What may be read at most, as xxgk::ReadLimits::max_input_bytes.
MAX_INPUT_BYTES = 64 << 20


def run(*args, stdin=None, timeout=300):
    """Exit code, stdout and stderr; `timeout` only guards against hanging."""
    try:
        p = subprocess.run([ARGS.bin, *args], input=stdin, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        fail(f"xxgk-lint {' '.join(args)}: still running after {timeout} s")
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def jsonl_records(out):
    """The JSONL lines as objects; every line must end with a newline and parse."""
    if out and not out.endswith("\n"):
        fail(f"the last JSONL line is cut: {out[-200:]!r}")
    return [json.loads(line) for line in out.splitlines()]


def expect_records(records, expected):
    """records: JSONL objects; expected: [(file, None)] for a checked input or [(file, reason)]."""
    got = [(r["file"], r["status"]) for r in records]
    want = [(f, "ok" if reason is None else "unreadable") for f, reason in expected]
    if got != want:
        fail(f"records {got}, expected {want}")
    for r, (f, reason) in zip(records, expected):
        if reason is not None and reason not in r.get("message", ""):
            fail(f"{f}: message {r.get('message')!r} should say {reason!r}")
        if reason is None and "findings" not in r:
            fail(f"{f}: a checked input's record holds the contract result")


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
    """Every file has its record, in sorted order: the unreadable ones with status and reason."""
    d, good, bad = make_folder("folder")
    code, out, err = run("--format", "jsonl", "-j", "2", d)
    if code != 2:
        fail(f"exit {code}, expected 2 (unreadable files in the folder)")
    reasons = {bad[0]: "文件为空", bad[1]: "二进制", bad[2]: "PDF"}
    expect_records(jsonl_records(out), sorted([(f, None) for f in good] + list(reasons.items())))
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
        if j.pop("sha256") != hashlib.sha256(open(path, "rb").read()).hexdigest():
            fail(f"{path}: the record's sha256 is not the file's")
        if "previous_file" in j:
            # A year pair of the batch: the result is the one with that file as --previous.
            ref = json.loads(run("--format", "json", "--previous", j.pop("previous_file"), path)[1])
        else:
            ref = json.loads(subprocess.run([ARGS.tojson, path], capture_output=True).stdout)
        if j.pop("status") != "ok" or "message" in j:
            fail(f"{path}: a checked report's record is status ok without a message")
        del j["file"]
        if j != ref:
            fail(f"{path}: jsonl result differs from to_json")
    # Deterministic whatever the number of threads.
    if run("--format", "jsonl", "-j", "1", d)[1] != out or run("--format", "jsonl", "-j", "5", d)[1] != out:
        fail("output depends on the number of threads")


def case_csv():
    d, good, bad = make_folder("csv")
    code, out, err = run("--format", "csv", d)
    if not out.startswith("\ufeff"):
        fail("the CSV starts with a UTF-8 byte order mark (Excel then reads the Chinese as UTF-8)")
    rows = list(csv.reader(io.StringIO(out[1:], newline="")))
    # The first twelve columns as before this CSV had indicators (byte for byte), the rest after them.
    if rows[0][:12] != ["file", "agency", "year", "format", "errors", "warnings", "本年新收总计", "结转下年度总计",
                        "行政复议总计", "first_error", "status", "message"]:
        fail(f"header {rows[0]}")
    if rows[0][12:15] != ["sha256", "previous_file", "实质公开率"]:
        fail(f"new columns after the old ones: {rows[0][12:]}")
    if [r[0] for r in rows[1:]] != sorted(good + bad) or any(len(r) != len(rows[0]) for r in rows):
        fail(f"one row of {len(rows[0])} fields per input, readable or not: {rows}")
    unreadable = [r for r in rows[1:] if r[0] in bad]
    if any(r[10] != "unreadable" or not r[11] or any(r[1:10]) for r in unreadable):
        fail(f"an unreadable file's row: empty fields, status unreadable, the reason: {unreadable}")
    for r in rows[1:]:
        if r[0] in bad:
            continue
        if r[10:12] != ["ok", ""]:
            fail(f"{r[0]}: status {r[10:12]}")
        j = json.loads(run("--format", "json", *(["--previous", r[13]] if r[13] else []), r[0])[1])
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
        # Each indicator as a percentage Excel reads as a number, empty when the JSON has null.
        for key, m in j["metrics"].items():
            cell = r[rows[0].index(m["name"])]
            want = "" if m["value"] is None else m["value"] * 100
            if (cell == "") != (want == "") or (cell and abs(float(cell.rstrip("%")) - want) > 1e-9):
                fail(f"{r[0]}: {m['name']} {cell!r} but the JSON says {m['value']}")


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
    large_batches = run("--help")[1].partition("大批量")[2]
    if "jsonl" not in large_batches.split("\n")[0]:
        fail("--help says JSONL is the format for large batches")
    if run("--help")[0] != 0 or "用法" not in run("--help")[1]:
        fail("--help")
    c, out, _ = run("--version")
    if c != 0 or not out.startswith("xxgk-lint "):
        fail("--version")


def case_exact_option_names():
    """An option matches only its exact name or name=value; anything else is refused with the usage."""
    d = workdir("options")
    p = write(os.path.join(d, "r.txt"), SYNTHETIC.encode("utf-8"))
    for bad in (["--formatXYZ", "json"], ["--previousfile", p], ["--jobsX", "2"], ["--quietly"], ["--helpme"]):
        code, out, err = run(*bad, p)
        if code != 2 or f"未知选项：{bad[0]}" not in err or "用法" not in err or out:
            fail(f"{bad}: exit {code}, stderr {err[:200]!r}, stdout {out[:100]!r}")
    for good in (["--format=jsonl"], ["--format", "jsonl"], ["-j2", "--format=jsonl"], ["--jobs=2", "--format", "jsonl"]):
        code, out, err = run(*good, p)
        if code not in (0, 1) or len(jsonl_records(out)) != 1:
            fail(f"{good}: exit {code}: {err}")


def case_fifo_argument():
    """A FIFO on the command line is refused without being opened for reading; the batch goes on."""
    d = workdir("fifo-arg")
    fifo = os.path.join(d, "pipe.txt")
    os.mkfifo(fifo)
    good = write(os.path.join(d, "r.txt"), SYNTHETIC.encode("utf-8"))
    code, out, err = run("--format", "jsonl", fifo, good, timeout=20)
    if code != 2:
        fail(f"exit {code}, expected 2")
    expect_records(jsonl_records(out), [(fifo, "命名管道"), (good, None)])
    if f"无法读取文件 {fifo}：" not in err:
        fail(f"stderr names the FIFO: {err!r}")


def case_fifo_in_folder():
    """A FIFO and a socket with a report's name inside a folder are listed with the reason."""
    d = workdir("fifo-folder")
    good = write(os.path.join(d, "r.txt"), SYNTHETIC.encode("utf-8"))
    fifo = os.path.join(d, "pipe.txt")
    os.mkfifo(fifo)
    sock_path = os.path.join(d, "sock.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(sock_path)
    try:
        code, out, err = run("--format", "jsonl", d, timeout=20)
    finally:
        sock.close()
    if code != 2:
        fail(f"exit {code}, expected 2")
    expect_records(jsonl_records(out), [(fifo, "命名管道"), (good, None), (sock_path, "套接字")])
    for path in (fifo, sock_path):
        if f"无法读取文件 {path}：" not in err:
            fail(f"stderr names {path}: {err!r}")


def case_broken_links_in_folder():
    """Dangling symlinks and symlink loops (to files and to a parent folder) are listed, not skipped."""
    d = workdir("links")
    good = write(os.path.join(d, "r.txt"), SYNTHETIC.encode("utf-8"))
    os.symlink("nowhere.txt", os.path.join(d, "dangling.txt"))
    os.symlink("loop.txt", os.path.join(d, "loop.txt"))
    os.makedirs(os.path.join(d, "sub"))
    os.symlink("..", os.path.join(d, "sub", "up"))
    code, out, err = run("--format", "jsonl", d, timeout=20)
    if code != 2:
        fail(f"exit {code}, expected 2")
    expect_records(jsonl_records(out), [(os.path.join(d, "dangling.txt"), "指向的文件不存在"),
                                        (os.path.join(d, "loop.txt"), "符号链接循环"),
                                        (good, None),
                                        (os.path.join(d, "sub", "up"), "符号链接循环")])
    if len(err.strip().splitlines()) != 3 or "Too many" in err:
        fail(f"one Chinese stderr line per broken link: {err!r}")


def case_sparse_file_over_limit():
    """A 2 GB sparse file is refused from its size, without being read; the next file is checked."""
    d = workdir("sparse")
    big = os.path.join(d, "big.txt")
    with open(big, "wb") as f:
        f.truncate(2 << 30)
    good = write(os.path.join(d, "r.txt"), SYNTHETIC.encode("utf-8"))
    code, out, err = run("--format", "jsonl", big, good, timeout=60)
    if code != 2:
        fail(f"exit {code}, expected 2")
    expect_records(jsonl_records(out), [(big, "文件过大（超过 64 MB）"), (good, None)])


def case_stdin_over_limit():
    """Standard input is read up to the limit and refused beyond it, with a record."""
    code, out, err = run("--format", "jsonl", "-", stdin=b"\n" * (MAX_INPUT_BYTES + 1), timeout=60)
    if code != 2 or "文件过大（超过 64 MB）" not in err:
        fail(f"exit {code}, stderr {err!r}")
    expect_records(jsonl_records(out), [("<stdin>", "文件过大")])


def case_nothing_to_check():
    """Empty or blank input of any kind is 'nothing to check': exit 2 with one message, never table.missing."""
    d = workdir("blank")
    nothing = ("文件为空", "没有文字")
    for name, data in (("spaces.txt", b" \n\t\r\n"),
                       ("unicode-blanks.txt", " \u3000\u00a0\u200b\n".encode("utf-8")),
                       ("bom-blank.txt", b"\xef\xbb\xbf \n"),
                       ("blank.html", b"<html><body><p> </p><p>\xe3\x80\x80</p></body></html>")):
        p = write(os.path.join(d, name), data)
        code, out, err = run(p)
        if code != 2 or len(err.strip().splitlines()) != 1 or not any(n in err for n in nothing) or out:
            fail(f"{name}: exit {code}, stderr {err!r}, stdout {out[:200]!r}")
    code, out, err = run("--format", "jsonl", "-", stdin=" \u3000\n".encode("utf-8"))
    if code != 2:
        fail(f"blank stdin: exit {code}")
    expect_records(jsonl_records(out), [("<stdin>", "没有文字")])


def case_bad_previous():
    """An unreadable --previous file costs only the cross-year checks, and every report says so."""
    d = workdir("previous")
    reports = [write(os.path.join(d, n), t.encode("utf-8")) for n, t in sample_texts()[:2]]
    missing = os.path.join(d, "missing-2019.txt")
    code, out, err = run("--format", "jsonl", "--previous", missing, *reports)
    if code != 2:
        fail(f"exit {code}, expected 2 (--previous could not be read)")
    records = jsonl_records(out)
    expect_records(records, [(r, None) for r in reports])
    for rec, path in zip(records, reports):
        said = [f for f in rec["findings"] if f["rule"] == "cross_year.previous_unreadable"]
        if len(said) != 1 or "文件不存在" not in said[0]["message"]:
            fail(f"{path}: one finding says why there is no cross-year check: {said}")
        ref = json.loads(subprocess.run([ARGS.tojson, path], capture_output=True).stdout)
        rec["findings"].remove(said[0])
        if {k: v for k, v in rec.items() if k not in ("file", "status", "sha256")} != ref:
            fail(f"{path}: apart from that finding, the result is the one without --previous")
    if len(err.strip().splitlines()) != 1 or missing not in err:
        fail(f"one stderr line names the previous file: {err!r}")


def case_year_pairs():
    """A folder of several years of 平潭's reports: each is checked against its own previous year when
    the folder has it (2025 against 2024), silent where they agree; 2019 and 2021 have none."""
    d = workdir("pairs")
    names = ["01_pingtan_2019.txt", "02_pingtan_2021.txt", "03_pingtan_2024.txt", "04_pingtan_2025.txt"]
    src = os.path.join(ARGS.corpus, "dev")
    if not all(os.path.exists(os.path.join(src, n)) for n in names):
        return
    for n in names:
        shutil.copy(os.path.join(src, n), os.path.join(d, n))
    code, out, err = run("--format", "jsonl", d)
    records = {os.path.basename(r["file"]): r for r in jsonl_records(out)}
    paired = {n: os.path.basename(r.get("previous_file", "")) for n, r in records.items()}
    if paired != {names[0]: "", names[1]: "", names[2]: "", names[3]: names[2]}:
        fail(f"pairs {paired}")
    for n, r in records.items():
        cross = [f for f in r["findings"] if f["rule"].startswith("cross_year.")]
        if cross:
            fail(f"{n}: the years agree, yet {cross}")
    # The pair is what --previous gives, and the indicators carry last year's values.
    ref = json.loads(run("--format", "json", "--previous", os.path.join(d, names[2]), os.path.join(d, names[3]))[1])
    got = records[names[3]]
    for k in ("file", "status", "sha256", "previous_file"):
        got.pop(k)
    if got != ref:
        fail("the paired record differs from --previous")
    if got["metrics"]["substantive_disclosure_rate"]["previous"] is None:
        fail("the paired report's indicators carry last year's value")


def make_consolidated(path, golds, change=None):
    """A consolidated report: the gold tables of golds added cell by cell, with the model's labels."""
    model = json.loads(run("--model")[1])
    f = next(x for x in model["formats"] if x["id"] == "2021")
    req, rev = {}, {}
    for g in golds:
        j = json.load(open(g, encoding="utf-8"))
        for k, v in j["requests"].items():
            req[k] = [a + (b or 0) for a, b in zip(req.get(k, [0] * 7), v)]
        for k, v in j["review_litigation"].items():
            for c, x in v.items():
                rev[(k, c)] = rev.get((k, c), 0) + (x or 0)
    if change:
        row, col, delta = change
        req[row][col] += delta
    secs = {s["number"]: s["title"] for s in f["sections"]}
    t = ["某某市人民政府2025年政府信息公开工作年度报告", "一、" + secs[1], "本级汇总。", "三、" + secs[3],
         "\t" + "\t".join(c["label"] for c in f["tables"]["requests"]["columns"])]
    for r in f["tables"]["requests"]["rows"]:
        t.append(r["display"] + ("\t" + "\t".join(str(x) for x in req[r["key"]]) if r["data"] else ""))
    groups, cols = f["tables"]["review_litigation"]["groups"], f["tables"]["review_litigation"]["columns"]
    t += ["四、" + secs[4], "\t".join(g["label"] for g in groups), "\t".join(c["label"] for c in cols),
          "\t".join(str(rev[(g["key"], c["key"])]) for g in groups for c in cols)]
    write(path, ("\n".join(t) + "\n").encode("utf-8"))


def case_rollup():
    """xxgk-lint rollup DIR on real units (平潭 2025 and 上海办公厅 2025, one subfolder each)."""
    src = os.path.join(ARGS.corpus, "dev")
    units = {"平潭": "04_pingtan_2025", "上海办公厅": "07_shanghai_bgt_2025"}
    if not all(os.path.exists(os.path.join(src, u + ".txt")) for u in units.values()):
        return
    d = workdir("rollup")
    for folder, name in units.items():
        os.makedirs(os.path.join(d, folder))
        shutil.copy(os.path.join(src, name + ".txt"), os.path.join(d, folder, name + ".txt"))
    golds = [os.path.join(src, u + ".expected.json") for u in units.values()]
    make_consolidated(os.path.join(d, "本级.txt"), golds)
    code, out, err = run("rollup", "--format", "json", d)
    levels = json.loads(out)
    if code != 0 or len(levels) != 1 or levels[0]["findings"] or len(levels[0]["units"]) != 2:
        fail(f"the sum of its units: silent, exit 0: {code} {out[:500]} {err}")
    make_consolidated(os.path.join(d, "本级.txt"), golds, ("granted", 6, 3))
    code, out, err = run("rollup", "--format", "json", d)
    findings = json.loads(out)[0]["findings"]
    if code != 1 or [(f["rule"], f["cells"]) for f in findings] != [("rollup.cell_mismatch", [["granted", 6]])]:
        fail(f"one changed cell, one finding naming it: {code} {findings}")
    if [u["name"] for u in findings[0]["details"]["units"]] != ["上海办公厅", "平潭"]:
        fail(f"the units' values are listed: {findings[0]['details']}")
    # A unit folder without a report: listed, and no cell compared.
    os.makedirs(os.path.join(d, "审计局"))
    code, out, err = run("rollup", d)
    if code != 0 or "审计局" not in out or "rollup.unit_missing" not in out or "rollup.cell_mismatch" in out:
        fail(f"a missing unit is listed, nothing compared: {code} {out}")
    # A manifest names the consolidated report and the units (here: without the missing one).
    write(os.path.join(d, "xxgk-rollup.txt"), "report: 本级.txt\nunit: 平潭\nunit: 上海办公厅\n".encode("utf-8"))
    code, out, err = run("rollup", "--format", "json", d)
    if code != 1 or [u["name"] for u in json.loads(out)[0]["units"]] != ["平潭", "上海办公厅"]:
        fail(f"the manifest's units in its order: {code} {out[:300]}")



def xlsx_sheets(path):
    """{sheet name: (shared-string texts in order of their cells, merged ranges)} of an .xlsx file."""
    import re
    z = zipfile.ZipFile(path)
    strings = [re.sub(r"<[^>]+>", "", si) for si in re.findall(r"<si>(.*?)</si>", z.read("xl/sharedStrings.xml").decode())]
    names = re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode())
    out = {}
    for i, name in enumerate(names, 1):
        xml = z.read(f"xl/worksheets/sheet{i}.xml").decode()
        rows = {}
        for row, attrs, body in re.findall(r'<c r="[A-Z]+(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', xml):
            v = re.search(r"<v>([^<]*)</v>", body or "")
            v = v.group(1) if v else ""
            rows.setdefault(int(row), []).append(strings[int(v)] if 't="s"' in attrs else v)
        out[name] = (rows, re.findall(r'<mergeCell ref="([^"]+)"', xml))
    return out


def case_xlsx():
    """--xlsx: the summary as the CSV's columns, one row per input; one report adds 表二/表三/表四 with
    their merged headers."""
    d, good, bad = make_folder("xlsx")
    book = os.path.join(ARGS.work, "summary.xlsx")
    code, out, err = run("-q", "--xlsx", book, d)
    sheets = xlsx_sheets(book)
    header = next(csv.reader(io.StringIO(run("--format", "csv", good[0])[1][1:].splitlines()[0])))
    rows, merges = sheets["汇总"]
    if list(sheets) != ["汇总"] or rows[1] != header or len(rows) != 1 + len(good) + len(bad):
        fail(f"summary sheet: {list(sheets)}, {len(rows)} rows, header {rows.get(1)}")
    if [r[0] for k, r in sorted(rows.items()) if k > 1] != sorted(good + bad):
        fail("one summary row per input, in input order")
    one = os.path.join(ARGS.work, "one.xlsx")
    report = next((g for g in good if "04_pingtan_2025" in g), good[0])
    run("-q", "--xlsx", one, report)
    sheets = xlsx_sheets(one)
    if list(sheets)[:2] != ["汇总", "表二"] or len(sheets) != 4:
        fail(f"one report: the summary and its three tables: {list(sheets)}")
    rows, merges = sheets["表三"]
    if "A1:C3" not in merges or not any(m.startswith("A6:A") for m in merges):
        fail(f"表三's corner note and 本年度办理结果 are merged cells: {merges}")



def start_blocked_on_stdin(*args):
    """xxgk-lint with `-` as its last input and a stdin the test never closes: every input before
    it can be finished, and the run is still going."""
    # SIGINT as a terminal would deliver it: a test runner started in the background ignores it,
    # and xxgk-lint (rightly) keeps a signal ignored that it was started with.
    return subprocess.Popen([ARGS.bin, *args, "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def read_until(proc, done, timeout=60):
    """Reads stdout until done(bytes so far) holds; the timeout only guards against hanging."""
    buf = bytearray()
    finished = threading.Event()

    def reader():
        while not done(bytes(buf)):
            chunk = proc.stdout.read1(65536)
            if not chunk:
                break
            buf.extend(chunk)
        finished.set()

    threading.Thread(target=reader, daemon=True).start()
    if not finished.wait(timeout) or not done(bytes(buf)):
        proc.kill()
        fail(f"the finished records did not reach stdout (got {len(buf)} bytes: {bytes(buf[-200:])!r})")
    return buf


def case_kill_keeps_finished_records():
    """kill -9 while a later input is being read leaves every earlier record on stdout, whole."""
    d = workdir("kill")
    reports = [write(os.path.join(d, n), t.encode("utf-8")) for n, t in sample_texts()[:3]]
    for jobs in ("1", "2"):
        proc = start_blocked_on_stdin("--format", "jsonl", "-j", jobs, *reports)
        buf = read_until(proc, lambda b: b.count(b"\n") >= len(reports))
        proc.kill()
        rest, _ = proc.communicate(timeout=60)
        expect_records(jsonl_records((bytes(buf) + rest).decode("utf-8")), [(r, None) for r in reports])


def case_signal_closes_json_array():
    """SIGTERM or SIGINT mid-batch: the JSON array is closed and holds every finished report whole."""
    d = workdir("sigterm")
    reports = [write(os.path.join(d, n), t.encode("utf-8")) for n, t in sample_texts()[:2]]

    def elements(b):
        try:
            return len(json.loads(b.decode("utf-8") + "\n]"))
        except ValueError:
            return 0

    for sig in (signal.SIGTERM, signal.SIGINT):
        proc = start_blocked_on_stdin("--format", "json", "-j", "2", *reports)
        buf = read_until(proc, lambda b: elements(b) == len(reports))
        proc.send_signal(sig)
        rest, err = proc.communicate(timeout=60)
        if proc.returncode != -sig:
            fail(f"{sig.name}: exit {proc.returncode}, expected to end by the signal")
        items = json.loads((bytes(buf) + rest).decode("utf-8"))
        if [(j["file"], j["status"]) for j in items] != [(r, "ok") for r in reports]:
            fail(f"{sig.name}: the array holds {[j.get('file') for j in items]}")
        if "已中断" not in err.decode("utf-8"):
            fail(f"{sig.name}: stderr says the run was interrupted: {err!r}")


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
