// report::append_finding_json writes the bytes nlohmann's dump(2) of the same
// finding would, indented as the streamed report nests it (finding_json.h):
// the corner cases of strings, numbers and optional fields here; whole
// reports over a real database in stream_test.cc.
#include <catch2/catch.hpp>

#include <cmath>

#include "claimcheck/json.h"
#include "fixtures.h"
#include "report/document_json.h"
#include "report/finding_json.h"
#include "report/json_parts.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// What the report wrote before: the finding's dump(2), every line indented
// `depth` levels more.
std::string through_nlohmann(const Finding& f, int depth) {
  std::string pad(static_cast<std::size_t>(2 * depth), ' ');
  std::string body = nlohmann::json(f).dump(2, ' ', false, nlohmann::json::error_handler_t::replace), out = pad;
  for (char c : body) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

std::string direct(const Finding& f, int depth) {
  std::string out = "kept";  // appended to, not replaced
  report::append_finding_json(out, f, depth);
  return out.substr(4);
}

}  // namespace

TEST_CASE("a finding's JSON written directly is nlohmann's, byte for byte", "[report][json]") {
  for (const Finding& f : {gpt55_conflict(), deepseek_agreement()})
    for (int depth : {0, 2, 5}) CHECK(direct(f, depth) == through_nlohmann(f, depth));
}

TEST_CASE("a finding's JSON written directly: strings, numbers and optional fields", "[report][json]") {
  Finding f = gpt55_conflict();
  Claim& c = f.claims.at(0);
  SECTION("escapes, control characters, DEL and multi-byte UTF-8") {
    c.sentence = std::string("a \"quoted\" \\ back\b\f\n\r\t\x01\x1f\x7f end") +
                 "\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80";
    f.explanation = "tab\there";
  }
  SECTION("invalid UTF-8 becomes U+FFFD as nlohmann writes it") {
    for (std::string bad : {"\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "a\x80z"}) {
      c.sentence = "before " + bad + " after";
      f.subject = bad;
      CHECK(direct(f, 2) == through_nlohmann(f, 2));
    }
  }
  SECTION("numbers: fractions, large, small, negative, not a number") {
    c.value = money_value(0.28, 2, "$0.28");
    c.value.min = 1e21;
    c.value.max = -3.5e-7;
    c.value.per = 1e6;
    c.value.per_unit = "tokens";
    f.claims.at(1).value = money_value(std::nan(""), 0, "?");
  }
  SECTION("every optional field set") {
    c.value.approximate = true;
    c.value.inferred = true;
    c.value.bound = Bound::at_least;
    c.as_of = "2026-04-01";
    c.subject_from_focus = true;
    c.qualifiers = {{"direction", "input"}, {"story", "s1"}};
    f.qualifiers = {{"story", "launch \"x\""}};
    c.value.min = c.value.value - 3;
    c.value.max = c.value.value + 3;
  }
  SECTION("empty lists and maps") {
    f.claims.clear();
    f.support.clear();
    f.qualifiers.clear();
  }
  CHECK(direct(f, 2) == through_nlohmann(f, 2));
}

TEST_CASE("a document's JSON written directly is nlohmann's, byte for byte", "[report][json]") {
  DocumentInfo d;
  d.id = "news/a.md";
  d.path = "/corpus/news/a.md";
  d.content_hash = "0123456789abcdef01234567";
  d.ingested_at = "2026-12-03T10:00:00Z";
  d.bytes = 123456789012ULL;
  SECTION("no title, date, story or metadata") {}
  SECTION("every field set, with escapes and multi-byte UTF-8") {
    d.title = "A \"quoted\" title \xc3\xa9\tand a tab";
    d.date = "2026-04-23";
    d.story = "s-42";
    d.metadata = {{"source", "Wire \\ Service"}, {"url", "https://example.com/a?b=1&c=\x01"}};
  }
  SECTION("invalid UTF-8 becomes U+FFFD as nlohmann writes it") {
    d.title = "bad \xff byte";
    d.metadata = {{"k\xc3", "v\xed\xa0\x80"}};
  }
  for (int depth : {0, 2}) {
    std::string pad(static_cast<std::size_t>(2 * depth), ' '), expected = pad;
    for (char c : report::dump_json(report::document_json(d), 2)) {
      expected += c;
      if (c == '\n') expected += pad;
    }
    std::string out = "kept";
    report::append_document_json(out, d, depth);
    CHECK(out.substr(4) == expected);
  }
}
