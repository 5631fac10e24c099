// `claimcheck import` of keyed claims (ingest::import_keyed): new documents
// are bulk-loaded, stored ones go through put_document; both must end in the
// same database.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "claimcheck/error.h"
#include "claimcheck/json.h"
#include "helpers.h"
#include "ingest/keyed.h"
#include "store/store.h"
#include "store/synthetic.h"

using namespace claimcheck;
using claimcheck::testing::synthetic_claims;
using claimcheck::testing::synthetic_document;
using claimcheck::testing::TempDir;

namespace {

const std::vector<std::string> kDocs = {"wire/a", "wire/b", "wire/c"};

// The mapper's output for kDocs, 30 claims each, in shuffle (key) order.
std::vector<std::string> keyed_lines(int claims_of_b = 30) {
  std::vector<std::string> lines;
  for (const std::string& doc : kDocs)
    for (const Claim& c : synthetic_claims(doc, doc == "wire/b" ? claims_of_b : 30)) lines.push_back(ingest::keyed_line(c));
  std::sort(lines.begin(), lines.end());
  return lines;
}

store::ImportSummary import(store::Store& s, const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& l : lines) text += l;
  std::istringstream in(text);
  return ingest::import_keyed(s, in, "claims.tsv");
}

std::string groups_text(const store::Store& s) {
  std::string out;
  s.for_each_group([&](const std::vector<Claim>& g) { out += nlohmann::json(g).dump() + "\n"; });
  return out;
}

}  // namespace

TEST_CASE("keyed import: bulk-loaded new documents equal documents replaced one batch at a time", "[ingest][keyed]") {
  TempDir dir;
  auto bulk = store::Store::open(dir / "bulk", store::Mode::read_write);
  auto batched = store::Store::open(dir / "batched", store::Mode::read_write);
  // In `batched` every document is already there (with other claims), so the
  // import replaces each through put_document.
  for (const std::string& doc : kDocs) batched->put_document(synthetic_document(doc, "stale"), synthetic_claims(doc, 4, 500));

  store::ImportSummary b = import(*bulk, keyed_lines());
  CHECK((b.added == 3 && b.replaced == 0 && b.unchanged == 0 && b.claims == 90));
  store::ImportSummary p = import(*batched, keyed_lines());
  CHECK((p.added == 0 && p.replaced == 3 && p.claims == 90));

  CHECK(groups_text(*bulk) == groups_text(*batched));
  CHECK(nlohmann::json(bulk->claims_about("Model-2", "price")).dump() ==
        nlohmann::json(batched->claims_about("Model-2", "price")).dump());
  for (const std::string& doc : kDocs) {
    INFO(doc);
    CHECK(nlohmann::json(bulk->claims_of_document(doc)).dump() == nlohmann::json(synthetic_claims(doc, 30)).dump());
    CHECK(bulk->document(doc)->content_hash == batched->document(doc)->content_hash);
    CHECK(bulk->document(doc)->claim_count == 30);
    CHECK(bulk->document(doc)->metadata.at("source") == "keyed import");
  }
  CHECK(bulk->stats().claims == 90);
  CHECK(batched->stats().claims == 90);  // the stale claims are gone
}

TEST_CASE("keyed import: the same claims again are unchanged, a changed document is replaced, others are kept",
          "[ingest][keyed]") {
  TempDir dir;
  auto s = store::Store::open(dir / "db", store::Mode::read_write);
  auto ingested = synthetic_claims("corpus/x.txt", 5);
  s->put_document(synthetic_document("corpus/x.txt", "hx"), ingested);
  import(*s, keyed_lines());

  store::ImportSummary again = import(*s, keyed_lines());
  CHECK((again.added == 0 && again.replaced == 0 && again.unchanged == 3 && again.claims == 0));

  // wire/b loses its last 20 claims; a new document comes with it.
  std::vector<std::string> changed = keyed_lines(10);
  for (const Claim& c : synthetic_claims("wire/d", 6)) changed.push_back(ingest::keyed_line(c));
  store::ImportSummary next = import(*s, changed);
  CHECK((next.added == 1 && next.replaced == 1 && next.unchanged == 2 && next.claims == 16));
  CHECK(s->claims_of_document("wire/b").size() == 10);
  CHECK(s->document("wire/b")->claim_count == 10);
  CHECK(s->claims_of_document("wire/d").size() == 6);
  CHECK(nlohmann::json(s->claims_of_document("corpus/x.txt")).dump() == nlohmann::json(ingested).dump());
  store::Stats st = s->stats();
  CHECK(st.documents == 5);
  CHECK(st.claims == 5 + 30 + 10 + 30 + 6);
  std::size_t from_b = 0;
  s->for_each_claim([&](const Claim& c) { from_b += c.doc == "wire/b"; });
  CHECK(from_b == 10);  // the index has no entry of the removed claims
}

TEST_CASE("keyed import: a malformed line stores nothing, and leaves no bulk-load files", "[ingest][keyed]") {
  TempDir dir;
  auto s = store::Store::open(dir / "db", store::Mode::read_write);
  std::vector<std::string> lines = keyed_lines();
  lines.push_back("Model-1|price\t{\"subject\":\n");
  std::string message;
  try {
    import(*s, lines);
  } catch (const Error& e) {
    message = e.what();
  }
  CHECK(message == "claims.tsv:91: the claim after the tab is not a JSON object");
  CHECK(s->stats().documents == 0);
  for (const auto& entry : std::filesystem::directory_iterator(dir / "db"))
    CHECK(entry.path().filename().string().rfind("bulk-load-", 0) != 0);
}
