#include <doctest/doctest.h>

#include "html.h"

using xxgk_cli::html_to_text;

TEST_CASE("table rows become lines of tab-separated cells") {
  const char* h =
      "<html><head><title>报告</title><style>td{color:red}</style><script>var a='<td>';</script></head>"
      "<body><p>一、总体情况</p>\n<table>\n<tr><td>项目</td><td>自然人</td><td>总计</td></tr>\n"
      "<tr>\n <td><p>一、本年新收</p><p>申请数量</p></td>\n <td>49</td>\n <td>50</td>\n</tr>"
      "<tr><td>二、上年结转</td><td></td><td>0</td></tr></table><p>二、主动公开</p></body></html>";
  CHECK(html_to_text(h) ==
        "报告\n一、总体情况\n项目\t自然人\t总计\n一、本年新收 申请数量\t49\t50\n二、上年结转\t\t0\n二、主动公开\n");
}

TEST_CASE("line breaks, entities and white space") {
  CHECK(html_to_text("a<br>b<br/>c") == "a\nb\nc\n");
  CHECK(html_to_text("<div>x &amp; y &lt;z&gt; &#20013;&#x6587; &nbsp;</div>") == "x & y <z> 中文 \xC2\xA0\n");
  CHECK(html_to_text("<p>  many\n\n   spaces  </p>") == "many spaces\n");
  CHECK(html_to_text("a &unknown; b & c < d") == "a &unknown; b & c < d\n");
  CHECK(html_to_text("<!-- <td>hidden</td> -->shown") == "shown\n");
  CHECK(html_to_text("<p>1</p><p></p><p></p><p></p><p>2</p>") == "1\n2\n");
}

TEST_CASE("tags in attribute values and unterminated input do not break the reader") {
  CHECK(html_to_text("<a title=\"x>y\" href='a>b'>link</a>") == "link\n");
  CHECK(html_to_text("<p>unterminated <b") == "unterminated\n");
  CHECK(html_to_text("<script>never closed") == "");
  CHECK(html_to_text("&#xFFFFFFFF; &#0;") == "&#xFFFFFFFF; \xEF\xBF\xBD\n");
}
