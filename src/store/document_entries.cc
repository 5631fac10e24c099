// The entries of one document (document_entries.h).
#include "store/document_entries.h"

#include <set>
#include <string>

#include "store/codec.h"
#include "store/keys.h"

namespace claimcheck::store {

uint64_t document_entries(const DocumentInfo& doc, const std::vector<Claim>& claims, const EntrySink& put) {
  std::set<std::string> seen;
  for (Claim c : claims) {
    c.doc = doc.id;
    if (c.id.empty()) c.id = make_claim_id(c.doc, c.begin, c.end, c.rule);
    if (!seen.insert(c.id).second) continue;  // same span and rule twice: one claim
    // Schema 2: the claim is the value of its index entry, so the claims of
    // a (subject, attribute) group are read in one sequential scan.
    std::string index_key = keys::index_key(c);
    put(kIndex, index_key, codec::encode_claim(c));
    put(kDocClaims, keys::doc_claim_key(doc.id, c.id), index_key);
  }
  // The document's story entries, and the list of them (keys and values) so
  // that replacing or forgetting it deletes exactly what it wrote.
  if (!doc.story_entries.empty()) {
    std::string owned;
    for (const auto& [key, value] : doc.story_entries) {
      put(kStories, key, value);
      keys::append_part(owned, key);
      keys::append_part(owned, value);
    }
    put(kStories, keys::story_owner_key(doc.id), owned);
  }
  DocumentInfo record = doc;
  record.story_entries.clear();
  record.claim_count = seen.size();
  put(kDocuments, doc.id, codec::encode_document(record));
  return seen.size();
}

}  // namespace claimcheck::store
