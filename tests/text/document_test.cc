#include <catch2/catch.hpp>

#include <algorithm>

#include "claimcheck/error.h"
#include "helpers.h"
#include "text/document.h"

using namespace claimcheck;
using namespace claimcheck::text;

namespace {

// Every normalized span that is plain ASCII in the original maps back to itself.
void check_offsets_round_trip(const Document& d) {
  REQUIRE(d.offset_map.size() == d.normalized.size() + 1);
  REQUIRE(d.offset_end_map.size() == d.normalized.size());
  for (std::size_t i = 0; i < d.normalized.size(); ++i) {
    REQUIRE(d.offset_map[i] < d.original.size());
    REQUIRE(d.offset_end_map[i] <= d.original.size());
    REQUIRE(d.offset_map[i] < d.offset_end_map[i]);
    if (i > 0) REQUIRE(d.offset_map[i] >= d.offset_map[i - 1]);
    unsigned char c = static_cast<unsigned char>(d.normalized[i]);
    if (c >= 0x21 && c < 0x7F && d.offset_end_map[i] - d.offset_map[i] == 1 &&
        static_cast<unsigned char>(d.original[d.offset_map[i]]) < 0x80 && d.original[d.offset_map[i]] != '&')
      REQUIRE(d.original[d.offset_map[i]] == d.normalized[i]);
  }
}

std::vector<std::string> sentences(const Document& d) {
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.sentence_text(s));
  return out;
}

}  // namespace

TEST_CASE("plain ASCII text is unchanged and maps one to one", "[text]") {
  Document d = make_document("a.txt", "Hello world. It costs $5.\nSecond line");
  CHECK(d.normalized == d.original);
  check_offsets_round_trip(d);
  for (std::size_t i = 0; i <= d.normalized.size(); ++i) CHECK(d.to_original(i) == i);
  CHECK(sentences(d) == std::vector<std::string>{"Hello world.", "It costs $5.", "Second line"});
  CHECK(d.sentences[0].paragraph == 0);
  CHECK(d.sentences[1].paragraph == 0);
  CHECK(d.sentences[2].paragraph == 1);
}

TEST_CASE("curly quotes, dashes and odd spaces fold with exact offsets", "[text]") {
  // “$5” – 10\u00A0000\u3000x
  std::string in = "\xE2\x80\x9C$5\xE2\x80\x9D \xE2\x80\x93 10\xC2\xA0" "000\xE3\x80\x80x";
  Document d = make_document("q.txt", in);
  CHECK(d.normalized == "\"$5\" - 10 000 x");
  check_offsets_round_trip(d);
  CHECK(d.original_text(1, 3) == "$5");
  CHECK(d.original_text(0, 1) == "\xE2\x80\x9C");
  CHECK(d.to_original(1) == 3);
  CHECK(d.to_original_end(3) == 5);
  CHECK(d.original_text(5, 6) == "\xE2\x80\x93");
}

TEST_CASE("full-width digits and letters are NFKC folded", "[text]") {
  std::string in = "Price \xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93 yuan";  // １２３
  Document d = make_document("f.txt", in);
  CHECK(d.normalized == "Price 123 yuan");
  check_offsets_round_trip(d);
  CHECK(d.original_text(6, 9) == "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93");
  CHECK(d.original_text(7, 8) == "\xEF\xBC\x92");
}

TEST_CASE("NFKC: fractions and ligatures", "[text]") {
  Document d = make_document("n.txt", "\xE2\x85\x94 of the \xEF\xAC\x81le");  // ⅔ of the ﬁle
  CHECK(d.normalized == "2/3 of the file");
  CHECK(d.original_text(0, 3) == "\xE2\x85\x94");
  check_offsets_round_trip(d);
}

TEST_CASE("a leading BOM is stripped", "[text]") {
  Document d = make_document("b.txt", "\xEF\xBB\xBFHi 5");
  CHECK(d.normalized == "Hi 5");
  CHECK(d.to_original(0) == 3);
  CHECK(d.line_column(d.to_original(3)).column == 5);  // the BOM is a code point of line 1
}

TEST_CASE("CRLF becomes LF and line/column point into the original", "[text]") {
  Document d = make_document("c.txt", "one\r\ntwo 2\r\n\xC3\xA9t\xC3\xA9 3\r\n");
  CHECK(d.normalized == "one\ntwo 2\n\xC3\xA9t\xC3\xA9 3\n");
  check_offsets_round_trip(d);
  std::size_t three = d.normalized.find('3');
  LineColumn lc = d.line_column(d.to_original(three));
  CHECK(lc.line == 3);
  CHECK(lc.column == 5);  // code points, not bytes
  CHECK(sentences(d) == std::vector<std::string>{"one", "two 2", "\xC3\xA9t\xC3\xA9 3"});
}

TEST_CASE("invalid UTF-8 is an error naming file, line and byte offset", "[text]") {
  std::string in = "ok line\nbad \xFF here";
  try {
    make_document("bad.txt", in);
    FAIL("no error");
  } catch (const Error& e) {
    std::string m = e.what();
    CHECK(m.find("bad.txt:2:5") != std::string::npos);
    CHECK(m.find("byte offset 12") != std::string::npos);
    CHECK(m.find("0xFF") != std::string::npos);
  }
  for (std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", "\x80"})
    CHECK_THROWS_AS(make_document("x", "a" + bad), Error);
}

TEST_CASE("lenient mode replaces invalid bytes with U+FFFD", "[text]") {
  TextOptions o;
  o.lenient = true;
  Document d = make_document("bad.txt", "a\xFF" "b 5", o);
  CHECK(d.normalized == "a\xEF\xBF\xBD" "b 5");
  CHECK(d.to_original(4) == 2);
  check_offsets_round_trip(d);
}

TEST_CASE("NUL bytes mean a binary file", "[text]") {
  std::string in("abc\0def", 7);
  try {
    make_document("bin.dat", in);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("binary") != std::string::npos);
    CHECK(std::string(e.what()).find("byte offset 3") != std::string::npos);
  }
}

TEST_CASE("a title line without a period is its own sentence", "[text]") {
  Document d = make_document("t.txt", "04/27 2026\n464\nDeepSeek launches V4\nIt costs $0.28 per million tokens. Mr. Smith said so.\n");
  auto s = sentences(d);
  REQUIRE(s.size() == 5);
  CHECK(s[0] == "04/27 2026");
  CHECK(s[1] == "464");
  CHECK(s[2] == "DeepSeek launches V4");
  CHECK(s[3] == "It costs $0.28 per million tokens.");
  CHECK(s[4] == "Mr. Smith said so.");
  CHECK(d.sentences[4].paragraph == 3);
}

TEST_CASE("markdown markup is removed and offsets point into the file", "[text]") {
  std::string md =
      "---\ntitle: 99 things\n---\n# Heading 1\n\nSome **bold 5%** and [a link](http://x.com/7) here.\n"
      "- item `$3`\n1. first\n\n```\ncode 42\n```\nwrapped line\ncontinues 8&amp;9\n";
  TextOptions o;
  o.markup = Markup::markdown;
  Document d = make_document("a.md", md, o);
  CHECK(d.normalized.find("99") == std::string::npos);
  CHECK(d.normalized.find("42") == std::string::npos);
  CHECK(d.normalized.find("http") == std::string::npos);
  CHECK(d.normalized.find("**") == std::string::npos);
  CHECK(d.normalized.find("Heading 1\n") != std::string::npos);
  CHECK(d.normalized.find("Some bold 5% and a link here.") != std::string::npos);
  CHECK(d.normalized.find("item $3\nfirst\n") != std::string::npos);
  CHECK(d.normalized.find("wrapped line continues 8&9") != std::string::npos);
  std::size_t p = d.normalized.find("5%");
  CHECK(d.original_text(p, p + 2) == "5%");
  LineColumn lc = d.line_column(d.to_original(p));
  CHECK(lc.line == 6);
  CHECK(lc.column == 13);
  std::size_t amp = d.normalized.find("8&9");
  CHECK(d.original_text(amp, amp + 3) == "8&amp;9");
  check_offsets_round_trip(d);
}

TEST_CASE("html markup is removed and entities decoded", "[text]") {
  std::string html =
      "<html><head><title>Price list</title><style>p{width:100px}</style></head>\n"
      "<body><p>It costs &euro;5&nbsp;per month.</p><script>var x = 42;</script>"
      "<p>Second <b>para</b> 7&#37;</p><!-- 13 --></body></html>";
  TextOptions o;
  o.markup = Markup::html;
  Document d = make_document("a.html", html, o);
  CHECK(d.normalized.find("42") == std::string::npos);
  CHECK(d.normalized.find("100px") == std::string::npos);
  CHECK(d.normalized.find("13") == std::string::npos);
  CHECK(d.normalized.find("It costs \xE2\x82\xAC" "5 per month.") != std::string::npos);
  CHECK(d.normalized.find("Second para 7%") != std::string::npos);
  std::size_t p = d.normalized.find("7%");
  CHECK(d.original_text(p, p + 2) == "7&#37;");
  auto s = sentences(d);
  CHECK(std::find(s.begin(), s.end(), "Price list") != s.end());
  CHECK(d.line_column(d.to_original(p)).line == 2);
  check_offsets_round_trip(d);
}

TEST_CASE("an html definition list reads as Key: value lines", "[text]") {
  TextOptions o;
  o.markup = Markup::html;
  Document d = make_document("a.html", "<dl>\n<dt>Context window</dt>\n<dd>1M tokens</dd><dt>Max output</dt><dd>64K</dd></dl>", o);
  CHECK(d.normalized.find("Context window: 1M tokens\n") != std::string::npos);
  CHECK(d.normalized.find("Max output: 64K") != std::string::npos);
  check_offsets_round_trip(d);
}

TEST_CASE("an html page's reader comments are no part of the article", "[text]") {
  TextOptions o;
  o.markup = Markup::html;
  Document d = make_document("a.html",
                             "<article><p>It costs $2.</p></article>\n<section id=\"comments\"><div class=\"comment reply\">"
                             "<p>I paid $3.</p><div><p>Me too: $4.</p></div></div></section>\n"
                             "<p class=\"market-commentary\">Shares rose 5%.</p><p data-id=\"comment\">Kept 6.</p>",
                             o);
  CHECK(d.normalized.find("It costs $2.") != std::string::npos);
  CHECK(d.normalized.find("$3") == std::string::npos);
  CHECK(d.normalized.find("$4") == std::string::npos);
  CHECK(d.normalized.find("Shares rose 5%.") != std::string::npos);  // "commentary" is the article's
  CHECK(d.normalized.find("Kept 6.") != std::string::npos);
  check_offsets_round_trip(d);
}

TEST_CASE("load_document reads files, picks markup by extension, reports missing files", "[text]") {
  claimcheck::testing::TempDir dir;
  claimcheck::testing::write_file(dir / "a.md", "# Title\n\n**5** apples\n");
  Document d = load_document(dir / "a.md");
  CHECK(d.normalized == "Title\n\n5 apples\n");
  CHECK_THROWS_AS(load_document(dir / "missing.txt"), Error);
  CHECK(markup_for_path("x/y.HTM") == Markup::html);
  CHECK(markup_for_path("x.y/z") == Markup::plain);
}

TEST_CASE("the corpus loads and maps back exactly", "[text]") {
  for (const char* name : {"000_12871f55414ff047.txt", "003_d4106d9e4592ae5a.txt"}) {
    Document d = load_document(std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus/" + name);
    check_offsets_round_trip(d);
    CHECK(d.sentences.size() > 20);
    for (const auto& s : d.sentences) {
      CHECK(s.begin < s.end);
      CHECK(d.sentence_text(s).find('\n') == std::string::npos);
    }
  }
}

TEST_CASE("hard-wrapped plain text keeps its wrapped sentences whole", "[text][wrap]") {
  const std::string text =
      "Zentra widens Orca-3 access\n"
      "\n"
      "PARIS, June 12, 2026 — Zentra rolled out Orca-3 to paying subscribers of its\n"
      "chat app on Wednesday, its first big update since the spring, as it races two\n"
      "rivals for business buyers. Developers will pay $4 per million input tokens and\n"
      "$20 per million output tokens.\n"
      "\n"
      "- The model has 400B parameters, 20B of them active, which keeps serving costs\n"
      "  low for most customers.\n"
      "- Context: 512K tokens\n";
  Document d = make_document("wire.txt", text);
  check_offsets_round_trip(d);  // a wrapping newline becomes a space: offsets stay
  auto s = sentences(d);
  CHECK(s[0] == "Zentra widens Orca-3 access");  // a title stays its own line
  CHECK(std::find(s.begin(), s.end(),
                  "Developers will pay $4 per million input tokens and $20 per million output tokens.") != s.end());
  CHECK(std::find_if(s.begin(), s.end(), [](const std::string& x) {
          return x.find("rolled out Orca-3 to paying subscribers of its chat app on Wednesday") != std::string::npos;
        }) != s.end());
  // A list item goes on on its indented line; the next item starts anew.
  CHECK(std::find(s.begin(), s.end(),
                  "- The model has 400B parameters, 20B of them active, which keeps serving costs   low for most customers.") !=
        s.end());
  CHECK(s.back() == "- Context: 512K tokens");
}

TEST_CASE("rows set out with a dot leader are one item per line in wrapped text", "[text][wrap]") {
  const std::string text =
      "Zentra widens Orca-3 access to more paying subscribers of its chat app this week, its\n"
      "first big update since the spring, as it races two rivals for business buyers and\n"
      "hopes to close the gap with them before the end of the quarter, analysts said on\n"
      "Monday.\n"
      "\n"
      "  Orca-3 Mini ............... $0.30 in / $1.20 out\n"
      "  Orca-3 .................... $4.00 in / $20.00 out\n"
      "  Lark 2 Flash .............. $0.10 in / $0.40 out\n";
  Document d = make_document("prices.txt", text);
  auto s = sentences(d);
  // Each row's prices end at its line: the next row's name is not read on.
  CHECK(std::find(s.begin(), s.end(), "$0.30 in / $1.20 out") != s.end());
  CHECK(std::find(s.begin(), s.end(), "$4.00 in / $20.00 out") != s.end());
  CHECK(std::find(s.begin(), s.end(), "Lark 2 Flash ..............") != s.end());
}

TEST_CASE("plain text of one paragraph per line is not joined", "[text][wrap]") {
  const std::string text =
      "Orca-3 gets cheaper\n"
      "Zentra cut the price of Orca-3 to $3 per million input tokens on Monday, the second cut this year, and said "
      "more cuts would follow\n"
      "Analysts expect rivals to answer within weeks, though none has said so yet in public\n"
      "Halcyon declined to comment on its own plans for the quarter or its next model\n";
  Document d = make_document("news.txt", text);
  CHECK(sentences(d).size() == 4);
}

TEST_CASE("a forum thread's replies are the page, not comments beside an article", "[text]") {
  TextOptions o;
  o.markup = Markup::html;
  // No <article>, and the replies outweigh the post: the thread is the page.
  Document thread = make_document("t.html",
                                  "<div class=\"post\"><h1>Cheapest long-context model?</h1><p>Need 500K.</p></div>\n"
                                  "<div class=\"comments\"><div class=\"comment\"><p>Nova 2 Flash reads 1M tokens "
                                  "for $0.20 per million input tokens.</p></div><div class=\"comment\"><p>Vega 4 Mini "
                                  "stops at 256K.</p></div></div>",
                                  o);
  CHECK(thread.normalized.find("Nova 2 Flash reads 1M tokens") != std::string::npos);
  CHECK(thread.normalized.find("Vega 4 Mini stops at 256K.") != std::string::npos);
  // The same replies under an <article> are readers' talk beside it.
  Document review = make_document("r.html",
                                  "<article><p>Nova 2 Flash costs $0.25.</p></article>\n"
                                  "<div class=\"comments\"><div class=\"comment\"><p>Nova 2 Flash reads 1M tokens "
                                  "for $0.20 per million input tokens.</p></div></div>",
                                  o);
  CHECK(review.normalized.find("$0.20") == std::string::npos);
  check_offsets_round_trip(thread);
}
