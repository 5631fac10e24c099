// One JSON Lines article (parse_jsonl_article, read with simdjson since issue
// 17): the fields and the errors a user sees, the same as when nlohmann_json read them.
#include <catch2/catch.hpp>

#include "claimcheck/error.h"
#include "ingest/jsonl_input.h"

using namespace claimcheck;
using claimcheck::ingest::parse_jsonl_article;

namespace {

std::string error_of(const std::string& line) {
  try {
    parse_jsonl_article(line, "news.jsonl", 7);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a JSON Lines article: its fields, numeric ids, nulls, the last of a repeated key", "[ingest][jsonl]") {
  auto a = parse_jsonl_article(R"({"id":"a1","title":"T","date":"2026-04-27","url":"https://x","story":"s","text":"Caf\u00e9 \"quoted\"","extra":[1,{"x":2}]})",
                               "news.jsonl", 3);
  CHECK(a.id == "a1");
  CHECK(a.title == "T");
  CHECK(a.date == "2026-04-27");
  CHECK(a.url == "https://x");
  CHECK(a.story == "s");
  CHECK(a.text == "Caf\xC3\xA9 \"quoted\"");
  CHECK(a.line_number == 3);

  auto n = parse_jsonl_article(R"({"id":42,"story":-7,"title":null,"text":"x"})", "news.jsonl", 9);
  CHECK(n.id == "42");
  CHECK(n.story == "-7");
  CHECK(n.title.empty());
  CHECK(parse_jsonl_article(R"({"id":1.5,"text":"x"})", "news.jsonl", 1).id == "1.5");
  CHECK(parse_jsonl_article(R"({"text":"x"})", "news.jsonl", 4).id == "news.jsonl:4");  // no id: source and line
  CHECK(parse_jsonl_article(R"({"text":"first","text":"last"})", "f", 1).text == "last");
}

TEST_CASE("a JSON Lines article that is wrong: the file, the line and the cause", "[ingest][jsonl]") {
  CHECK(error_of(R"({"text":"x")") == "news.jsonl:7: not valid JSON");
  CHECK(error_of("{\"text\":\"\xC3\x28\"}") == "news.jsonl:7: not valid JSON");  // invalid UTF-8
  CHECK(error_of(R"(["text"])") == "news.jsonl:7: expected a JSON object with a \"text\" field");
  CHECK(error_of(R"({"title":"x"})") == "news.jsonl:7: no \"text\" string field");
  CHECK(error_of(R"({"text":null})") == "news.jsonl:7: no \"text\" string field");
  CHECK(error_of(R"({"title":3,"text":"x"})") == "news.jsonl:7: field \"title\" must be a string");
  CHECK(error_of(R"({"title":3})") == "news.jsonl:7: no \"text\" string field");  // text is named first, as before
  CHECK(error_of(R"({"date":true,"text":"x"})") == "news.jsonl:7: field \"date\" must be a string");
}
