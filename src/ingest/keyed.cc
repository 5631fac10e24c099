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

#include "base/clock.h"
#include "base/hash.h"
#include "claimcheck/error.h"
#include "claimcheck/json.h"
#include "claims/article.h"
#include "ingest/jsonl_input.h"
#include "stories/index.h"
#include "stories/scope.h"
#include "store/bulk_load.h"
#include "text/document.h"

namespace claimcheck::ingest {

KeyedExtractSummary extract_keyed(std::istream& in, const std::string& source, const claims::Extractor& extractor,
                                  std::ostream& out, std::ostream& diagnostics) {
  KeyedExtractSummary s;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      JsonlArticle a = parse_jsonl_article(line, source, number);
      s.bytes += a.text.size();
      claims::Article article = claims::article_from_record(a.id, std::move(a.text), a.line, {a.title, a.date}, a.url);
      const claims::ArticleMeta known = article.known;
      text::Document doc = claims::make_document(std::move(article));
      claims::Extraction x = extractor.extract(doc, known);
      // The mapper sees one article at a time, so it cannot group articles by
      // their text (docs/cluster.md): without a "story" field an article is a
      // story of its own, and its event facts meet no other article's.
      stories::scope_to_story(x.claims, a.story.empty() ? stories::new_story_id(a.id) : a.story);
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

bool starts_keyed(std::istream& in) {
  int c = in.peek();
  return c != std::char_traits<char>::eof() && c != '{';
}

store::ImportSummary import_keyed(store::Store& store, std::istream& in, const std::string& source) {
  std::map<std::string, std::vector<Claim>> by_doc;
  KeyedLine kl;
  std::size_t number = 0;
  while (read_keyed_line(in, source, &number, &kl)) {
    const std::string& where = kl.where;
    Claim c = parse_keyed_claim(kl.text, kl.tab, where);
    if (c.doc.empty()) throw Error(where, "the claim has no \"doc\"");
    store::check_claim_id(c, where);
    by_doc[c.doc].push_back(std::move(c));
  }
  const std::string now = base::utc_now();
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
    info.content_hash = base::content_hash(all);
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
