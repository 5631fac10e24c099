// Keyed claim lines for cluster engines (keyed.h).
#include "ingest/keyed.h"

#include <algorithm>
#include <cerrno>
#include <tuple>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <iostream>
#include <nlohmann/json.hpp>

#include "check/compare.h"
#include "claimcheck/error.h"
#include "claimcheck/json.h"
#include "ingest/content_hash.h"
#include "ingest/jsonl_input.h"
#include "stories/scope.h"
#include "store/bulk_load.h"
#include "text/document.h"

namespace claimcheck::ingest {
namespace {

void escape_into(const std::string& s, std::string& out) {
  static const char hex[] = "0123456789ABCDEF";
  for (unsigned char c : s) {
    if (c == '%' || c == '|' || c == '\t' || c == '\n' || c == '\r') {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
}

}  // namespace

std::string claim_key(const Claim& c) {
  std::string key;
  escape_into(c.subject, key);
  key += '|';
  escape_into(c.attribute, key);
  // A story scopes the comparison (stories/scope.h), so it is part of the key:
  // the claims of one event meet in one reducer group, and two stories never do.
  if (std::string_view story = stories::story_of(c); !story.empty()) {
    key += '|';
    escape_into(std::string(story), key);
  }
  return key;
}

std::string keyed_line(const Claim& c) {
  return claim_key(c) + "\t" + nlohmann::json(c).dump() + "\n";
}

KeyedExtractSummary extract_keyed(std::istream& in, const std::string& source, const claims::Extractor& extractor,
                                  std::ostream& out, std::ostream& diagnostics) {
  KeyedExtractSummary s;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      JsonlArticle a = parse_jsonl_article(line, source, number);
      s.bytes += a.text.size();
      text::Document doc = text::make_document(a.id, std::move(a.text));
      claims::Extraction x = extractor.extract(doc, {a.title, a.date});
      stories::scope_to_story(x.claims, a.story);  // only a "story" field: docs/cluster.md
      for (const Claim& c : x.claims) out << keyed_line(c);
      s.claims += x.claims.size();
      ++s.articles;
    } catch (const Error& e) {
      ++s.failed;
      diagnostics << e.what() << "\n";
    }
  }
  return s;
}

KeyedGroupSummary for_each_keyed_group(std::istream& in, const std::string& source,
                                       const std::function<void(std::vector<Claim>&)>& fn) {
  KeyedGroupSummary s;
  std::string line, key, previous;
  std::vector<Claim> group;
  auto flush = [&] {
    if (group.empty()) return;
    ++s.groups;
    fn(group);
    group.clear();
  };
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::string where = source + ":" + std::to_string(number);
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos) throw Error(where, "expected key<TAB>claim-json (no tab)");
    key.assign(line, 0, tab);
    if (key != previous) {
      if (!previous.empty() && key < previous)
        throw Error(where, "claims are not sorted by key ('" + key + "' after '" + previous +
                               "'); sort them in byte order, e.g. LC_ALL=C sort");
      flush();
      previous = key;
    }
    nlohmann::json j = nlohmann::json::parse(line.begin() + tab + 1, line.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw Error(where, "the claim after the tab is not a JSON object");
    Claim c;
    try {
      c = j.get<Claim>();
    } catch (const std::exception& e) {
      throw Error(where, std::string("not a claim: ") + e.what());
    }
    if (claim_key(c) != key) throw Error(where, "key '" + key + "' does not match the claim's '" + claim_key(c) + "'");
    group.push_back(std::move(c));
    ++s.claims;
  }
  flush();
  return s;
}

std::vector<Finding> keyed_findings(std::istream& in, const std::string& source, KeyedGroupSummary* summary) {
  std::vector<Finding> out;
  KeyedGroupSummary s = for_each_keyed_group(in, source, [&](std::vector<Claim>& group) {
    for (Finding& f : check::compare_group(group)) out.push_back(std::move(f));
  });
  if (summary) *summary = s;
  return out;
}

std::vector<Finding> conflicts_from_keyed(const std::string& path, const check::Filter& filter) {
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) throw Error(path, std::string("cannot read file: ") + std::strerror(errno));
  }
  std::vector<Finding> out;
  for_each_keyed_group(path == "-" ? std::cin : file, path == "-" ? "<stdin>" : path, [&](std::vector<Claim>& group) {
    for (Finding& f : check::compare_group(group))
      if (filter.accepts(f)) out.push_back(std::move(f));
  });
  return out;
}

bool starts_keyed(std::istream& in) {
  int c = in.peek();
  return c != std::char_traits<char>::eof() && c != '{';
}

store::ImportSummary import_keyed(store::Store& store, std::istream& in, const std::string& source) {
  std::map<std::string, std::vector<Claim>> by_doc;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::string where = source + ":" + std::to_string(number);
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos) throw Error(where, "expected key<TAB>claim-json (no tab)");
    nlohmann::json j = nlohmann::json::parse(line.begin() + tab + 1, line.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw Error(where, "the claim after the tab is not a JSON object");
    Claim c;
    try {
      c = j.get<Claim>();
    } catch (const std::exception& e) {
      throw Error(where, std::string("not a claim: ") + e.what());
    }
    if (c.doc.empty()) throw Error(where, "the claim has no \"doc\"");
    by_doc[c.doc].push_back(std::move(c));
  }
  char now[32];
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
  store::ImportSummary s;
  // New documents are bulk-loaded (sorted SST files, all visible at once at
  // the end); stored ones go through put_document, which keeps "unchanged"
  // for the same claims and deletes the old claims of a changed document.
  store::BulkLoad bulk(store);
  for (auto& [doc, claims] : by_doc) {
    // Document order, as ingest stores them; the hash is over the claims.
    std::sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
      return std::tie(a.begin, a.end, a.id) < std::tie(b.begin, b.end, b.id);
    });
    std::string all;
    for (const Claim& c : claims) all += nlohmann::json(c).dump() + "\n";
    store::DocumentInfo info;
    info.id = doc;
    info.content_hash = content_hash(all);
    info.ingested_at = now;
    info.metadata["source"] = "keyed import";
    if (!store.document(doc)) {
      bulk.add(info, claims);
      ++s.added;
      s.claims += claims.size();
    } else {
      switch (store.put_document(info, claims)) {
        case store::PutOutcome::added: ++s.added; s.claims += claims.size(); break;
        case store::PutOutcome::replaced: ++s.replaced; s.claims += claims.size(); break;
        case store::PutOutcome::unchanged: ++s.unchanged; break;
      }
    }
    std::vector<Claim>().swap(claims);  // memory goes down as the chunks fill up
  }
  bulk.commit();
  return s;
}

}  // namespace claimcheck::ingest
