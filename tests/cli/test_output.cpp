#include <doctest/doctest.h>

#include "args.h"
#include "output.h"
#include "xxgk/summary.h"

using namespace xxgk_cli;

TEST_CASE("CSV fields are quoted per RFC 4180") {
  using xxgk::csv_field;
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("中文，全角逗号") == "中文，全角逗号");
}

TEST_CASE("display width counts CJK as two columns") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("总计") == 4);
  CHECK(display_width("（三）") == 6);
}

TEST_CASE("argument parsing") {
  const char* argv1[] = {"xxgk-lint", "--format", "jsonl", "-j2", "--previous=p.txt", "a.txt", "-", "--", "-x"};
  Args a = parse_args(9, const_cast<char**>(argv1));
  CHECK(a.error.empty());
  CHECK(a.format == Format::jsonl);
  CHECK(a.jobs == 2);
  CHECK(a.previous == "p.txt");
  CHECK(a.inputs == std::vector<std::string>{"a.txt", "-", "-x"});
  const char* argv2[] = {"xxgk-lint", "--format", "xml", "a"};
  CHECK_FALSE(parse_args(4, const_cast<char**>(argv2)).error.empty());
  const char* argv3[] = {"xxgk-lint", "-j", "0", "a"};
  CHECK_FALSE(parse_args(4, const_cast<char**>(argv3)).error.empty());
  const char* argv4[] = {"xxgk-lint"};
  CHECK_FALSE(parse_args(1, const_cast<char**>(argv4)).error.empty());
}

TEST_CASE("an option matches only its exact name or name=value") {
  auto error_of = [](std::vector<const char*> argv) {
    argv.insert(argv.begin(), "xxgk-lint");
    return parse_args(static_cast<int>(argv.size()), const_cast<char**>(argv.data())).error;
  };
  CHECK(error_of({"--formatXYZ", "json", "a"}) == "未知选项：--formatXYZ");
  CHECK(error_of({"--previousX", "p", "a"}) == "未知选项：--previousX");
  CHECK(error_of({"--jobs2", "a"}) == "未知选项：--jobs2");
  CHECK(error_of({"--format"}) == "选项 --format 缺少参数");
  CHECK(error_of({"--format=", "a"}) == "未知的输出格式：（可选 text、json、jsonl、csv）");
  CHECK(error_of({"-jx", "a"}) == "线程数无效：x");
  CHECK(error_of({"--jobs=3", "--format=csv", "a"}).empty());
}
