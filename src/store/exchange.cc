// JSON Lines export/import of the whole store; the format is in exchange.h.
#include "store/exchange.h"

#include <nlohmann/json.hpp>

#include "claimcheck/error.h"
#include "claimcheck/json.h"

namespace claimcheck::store {
using nlohmann::json;
namespace {

json document_json(const DocumentInfo& d) {
  json j{{"type", "document"}, {"id", d.id},       {"path", d.path},
         {"hash", d.content_hash}, {"title", d.title}, {"date", d.date},
         {"ingested_at", d.ingested_at}, {"bytes", d.bytes}, {"claims", d.claim_count}};
  if (!d.story.empty()) j["story"] = d.story;
  if (!d.metadata.empty()) j["metadata"] = d.metadata;
  return j;
}

DocumentInfo document_from(const json& j) {
  DocumentInfo d;
  d.id = j.at("id").get<std::string>();
  d.path = j.value("path", "");
  d.content_hash = j.value("hash", "");
  d.title = j.value("title", "");
  d.date = j.value("date", "");
  d.story = j.value("story", "");
  d.ingested_at = j.value("ingested_at", "");
  d.bytes = whole_number(j, "bytes", uint64_t{0});
  d.claim_count = whole_number(j, "claims", uint64_t{0});
  if (auto it = j.find("metadata"); it != j.end()) d.metadata = it->get<std::map<std::string, std::string>>();
  return d;
}

}  // namespace

void check_claim_id(const Claim& c, const std::string& where) {
  std::string derived = make_claim_id(c.doc, c.begin, c.end, c.rule);
  if (c.id != derived)
    throw Error(where, "claim id '" + c.id + "' is not the one its document, span and rule give (" + derived +
                           "); claim ids are not taken from input, so one document cannot replace another's claims");
}

ExportSummary export_jsonl(const Store& store, std::ostream& out) {
  ExportSummary summary;
  out << json{{"type", "claimcheck-export"}, {"schema", kExportSchemaVersion}}.dump() << "\n";
  store.for_each_document([&](const DocumentInfo& d) {
    out << document_json(d).dump() << "\n";
    ++summary.documents;
    for (const Claim& c : store.claims_of_document(d.id)) {
      json j = c;
      j["type"] = "claim";
      out << j.dump() << "\n";
      ++summary.claims;
    }
  });
  return summary;
}

ImportSummary import_jsonl(Store& store, std::istream& in, const std::string& source) {
  ImportSummary summary;
  std::optional<DocumentInfo> doc;
  std::vector<Claim> claims;
  std::size_t doc_line = 0;
  auto flush = [&] {
    if (!doc) return;
    if (claims.size() != doc->claim_count)
      throw Error(source + ":" + std::to_string(doc_line),
                  "document '" + doc->id + "' says it has " + std::to_string(doc->claim_count) +
                      " claims but " + std::to_string(claims.size()) + " follow it (truncated export?)");
    switch (store.put_document(*doc, claims)) {
      case PutOutcome::added: ++summary.added; break;
      case PutOutcome::replaced: ++summary.replaced; break;
      case PutOutcome::unchanged: ++summary.unchanged; break;
    }
    summary.claims += claims.size();
    doc.reset();
    claims.clear();
  };
  std::string line;
  std::size_t number = 0;
  bool saw_header = false;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    std::string where = source + ":" + std::to_string(number);
    try {
      json j = json::parse(line);
      std::string type = j.value("type", "");
      if (type == "claimcheck-export") {
        // A whole number (3.3e113 used to be converted to int: undefined behaviour).
        int64_t schema = whole_number(j, "schema", int64_t{0});
        if (schema > kExportSchemaVersion)
          throw Error(where, "export written by a newer claimcheck (schema " + std::to_string(schema) +
                                 "); upgrade claimcheck to import it");
        saw_header = true;
      } else if (type == "document") {
        flush();
        doc = document_from(j);
        doc_line = number;
      } else if (type == "claim") {
        if (!doc) throw Error(where, "a claim before any document");
        Claim c = j.get<Claim>();
        if (c.doc != doc->id)
          throw Error(where, "claim " + c.id + " belongs to '" + c.doc + "', not to '" + doc->id + "' before it");
        check_claim_id(c, where);
        claims.push_back(std::move(c));
      } else {
        throw Error(where, "unknown line type '" + type + "' (expected document or claim)");
      }
      if (!saw_header) throw Error(where, "not a claimcheck export (the first line must be the export header)");
    } catch (const json::exception& e) {
      throw Error(where, std::string("invalid JSON: ") + e.what());
    }
  }
  flush();
  if (!saw_header) throw Error(source, "empty input: not a claimcheck export");
  return summary;
}

}  // namespace claimcheck::store
