#include <catch2/catch.hpp>

#include "claimcheck/error.h"
#include "report/template.h"

using namespace claimcheck::report;
using nlohmann::json;

TEST_CASE("template values are escaped for the page they go into", "[report][template]") {
  Template t = Template::parse("<p title=\"{{t}}\">{{t}}</p>{{{raw}}}", "t");
  json ctx{{"t", "<script>\"x\" & 'y'</script>"}, {"raw", "<b>ok</b>"}};
  CHECK(t.render(ctx, escape_html) ==
        "<p title=\"&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;\">"
        "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</p><b>ok</b>");
  CHECK(escape_markdown("*bold* | [link](x) <b>\nnext") == "\\*bold\\* \\| \\[link\\](x) &lt;b&gt; next");
}

TEST_CASE("template sections iterate arrays, test truth and look names up outward", "[report][template]") {
  Template t = Template::parse("{{#items}}[{{name}}/{{outer}}{{#flag}}!{{/flag}}]{{/items}}{{^none}}empty{{/none}}", "t");
  json ctx{{"outer", "o"}, {"items", {{{"name", "a"}, {"flag", true}}, {{"name", "b"}, {"flag", false}}}}, {"none", json::array()}};
  CHECK(t.render(ctx, escape_none) == "[a/o!][b/o]empty");
  CHECK(Template::parse("{{a.b.c}}|{{a.x}}|{{missing}}", "t").render({{"a", {{"b", {{"c", 7}}}}}}, escape_none) == "7||");
  CHECK(Template::parse("{{#s}}<{{.}}>{{/s}}", "t").render({{"s", "x"}}, escape_none) == "<x>");
}

TEST_CASE("a section tag alone on its line leaves no blank line behind", "[report][template]") {
  Template t = Template::parse("top\n{{#rows}}\n| {{.}} |\n{{/rows}}\n  {{! note }}\nend\n", "t");
  CHECK(t.render({{"rows", {"a", "b"}}}, escape_none) == "top\n| a |\n| b |\nend\n");
}

TEST_CASE("a broken template names itself and the line", "[report][template]") {
  CHECK_THROWS_WITH(Template::parse("a\n{{#x}}\nb", "page.html"), Catch::Contains("page.html:2") && Catch::Contains("never closed"));
  CHECK_THROWS_WITH(Template::parse("{{#x}}{{/y}}", "p"), Catch::Contains("{{/y}} closes {{#x}}"));
  CHECK_THROWS_WITH(Template::parse("{{x", "p"), Catch::Contains("not closed"));
}

TEST_CASE("every embedded template parses", "[report][template]") {
  CHECK_NOTHROW(embedded_template("report.html"));
  CHECK_NOTHROW(embedded_template("report.md"));
  CHECK(embedded_file("report.js").find("URLSearchParams") != std::string_view::npos);
  CHECK_THROWS_AS(embedded_file("nope.html"), claimcheck::Error);
}
