#pragma once
// The bodies of the fuzz targets, shared by the libFuzzer entry points
// (fuzz/*_fuzz.cc) and by tests/robustness/fuzz_regression_test.cc, which
// replays every saved input under tests/data/fuzz-regressions/<target>/.
//
// Each takes arbitrary bytes, runs one stage the way the CLI does, and checks
// the stage's invariants (invariants.h).  The only exceptions allowed out of a
// stage are claimcheck::Error with a location; anything else escapes to the
// caller (libFuzzer reports it as a crash, the test as a failure).
#include <stdlib.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/error.h"
#include "claims/extractor.h"
#include "invariants.h"
#include "rules/rule_set.h"
#include "store/exchange.h"
#include "store/store.h"
#include "text/document.h"
#include "values/recognizer.h"

namespace claimcheck::fuzz {

// Text normalisation and the offset map.  The first byte picks markup (plain,
// Markdown, HTML) and leniency; the rest is the article.  Strict mode may only
// fail with claimcheck::Error (invalid UTF-8, NUL byte); lenient mode only on a
// NUL byte.
inline void text_target(const uint8_t* data, size_t size) {
  if (size == 0) return;
  text::TextOptions options;
  options.markup = static_cast<text::Markup>(data[0] % 3);
  options.lenient = (data[0] & 4) != 0;
  std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  try {
    text::Document d = text::make_document("fuzz.txt", bytes, options);
    check_document(d);
  } catch (const Error& e) {
    CLAIMCHECK_FUZZ_CHECK(std::string(e.what()).rfind("fuzz.txt:", 0) == 0, 0);
    if (options.lenient && bytes.find('\0') == std::string::npos) fail("lenient mode threw", 0);
  }
}

// The value layer and the rule-based extractor over arbitrary bytes (made
// lenient, so every input reaches them).  Every quantity and claim must point
// inside the document.
inline void extract_target(const uint8_t* data, size_t size) {
  static const std::unique_ptr<claims::Extractor> extractor = claims::Extractor::load();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  text::TextOptions options;
  options.lenient = true;
  text::Document d;
  try {
    d = text::make_document("fuzz.txt", bytes, options);
  } catch (const Error&) {
    return;  // a NUL byte: a binary file, rejected before extraction
  }
  const std::size_t n = d.normalized.size(), o = d.original.size();
  for (const values::Match& m : values::find_quantities(d)) {
    CLAIMCHECK_FUZZ_CHECK(m.norm_begin <= m.norm_end && m.norm_end <= n, m.norm_begin);
    CLAIMCHECK_FUZZ_CHECK(m.quantity.begin <= m.quantity.end && m.quantity.end <= o, m.norm_begin);
    CLAIMCHECK_FUZZ_CHECK(d.sentences.empty() || m.sentence < d.sentences.size(), m.norm_begin);
  }
  claims::Extraction x = extractor->extract(d);
  for (const Claim& c : x.claims) {
    CLAIMCHECK_FUZZ_CHECK(c.begin <= c.end && c.end <= o, c.begin);
    CLAIMCHECK_FUZZ_CHECK(c.line >= 1 && c.column >= 1, c.begin);
    CLAIMCHECK_FUZZ_CHECK(!c.attribute.empty() && !c.rule.empty(), c.begin);
  }
}

// The rule-file loader.  The input is one rules file placed beside the shipped
// fragments; loading either succeeds or throws claimcheck::Error naming a file.
inline void rules_target(const uint8_t* data, size_t size) {
  static const std::vector<rules::SourceFile> fragments = [] {
    std::vector<rules::SourceFile> out;
    for (auto& f : rules::embedded_sources())
      if (f.path.find("fragments") != std::string::npos) out.push_back(f);
    return out;
  }();
  std::vector<rules::SourceFile> files = fragments;
  files.push_back({"rules/fuzz/fuzz.json", "fuzz", std::string(reinterpret_cast<const char*>(data), size)});
  try {
    auto set = rules::RuleSet::from_sources(files);
    std::vector<int> hits;
    set->candidates("\xE2\x9F\xA8subj:0\xE2\x9F\xA9 costs \xE2\x9F\xA8money:0\xE2\x9F\xA9.", &hits);
  } catch (const Error& e) {
    CLAIMCHECK_FUZZ_CHECK(std::string(e.what()).find("rules/") != std::string::npos, 0);
  }
}

// JSON Lines import into a real RocksDB store in a temporary directory (one per
// process).  A malformed line must throw claimcheck::Error naming
// "source:line"; whatever was imported must read back.
inline void import_target(const uint8_t* data, size_t size) {
  // Never destroyed: the atexit cleanup runs after static destructors (the
  // store's included), and must still see the path.
  static const std::string* dir = [] {
    std::string tmpl = (std::filesystem::temp_directory_path() / "claimcheck-fuzz-XXXXXX").string();
    auto* made = new std::string(mkdtemp(tmpl.data()));
    std::atexit([] { std::error_code ec; std::filesystem::remove_all(*dir, ec); });
    return made;
  }();
  static const std::unique_ptr<store::Store> s = store::Store::open(*dir + "/db", store::Mode::read_write);
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  try {
    store::import_jsonl(*s, in, "fuzz.jsonl");
  } catch (const Error& e) {
    CLAIMCHECK_FUZZ_CHECK(std::string(e.what()).rfind("fuzz.jsonl", 0) == 0, 0);
  }
  s->for_each_document([&](const store::DocumentInfo& d) { (void)s->claims_of_document(d.id); });
}

}  // namespace claimcheck::fuzz
