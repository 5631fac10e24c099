// `claimcheck claims`: the stored claims, filtered, as text or JSON Lines.
//
//   claimcheck claims --subject GPT-5.5 --attribute release_date
//   claimcheck claims --doc corpus/002_7487f4256f525623.txt --format jsonl
#include <iostream>

#include "claimcheck/error.h"
#include "claimcheck/json.h"
#include "claimcheck/terminal.h"
#include "cli/command.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

struct ClaimsOptions {
  std::string subject, attribute, doc;
  std::string format = "text";
};

// "corpus/002.txt:3:14  GPT-5.5  release_date  2026-04-23  (stated, as of 2026-04-27)"
std::string claim_line(const Claim& c) {
  std::string attribute = c.attribute;
  if (!c.qualifiers.empty()) {
    attribute += '{';
    bool first = true;
    for (const auto& [k, v] : c.qualifiers) {
      attribute += (first ? "" : ",") + k + "=" + v;
      first = false;
    }
    attribute += '}';
  }
  std::string line = c.doc + ":" + std::to_string(c.line) + ":" + std::to_string(c.column) + "  " + c.subject +
                     "  " + attribute + "  " + display(c.value) + "  (" + to_string(c.modality);
  if (!c.as_of.empty()) line += ", as of " + c.as_of;
  return line + ")";
}

int run_claims(const ClaimsOptions& o, const GlobalOptions& g) {
  auto store = store::Store::open(g.db, store::Mode::read_only);
  auto wanted = [&](const Claim& c) {
    return (o.subject.empty() || c.subject == o.subject) && (o.attribute.empty() || c.attribute == o.attribute) &&
           (o.doc.empty() || c.doc == o.doc);
  };
  auto print = [&](const Claim& c) {
    if (!wanted(c)) return;
    if (o.format == "jsonl")
      std::cout << nlohmann::json(c).dump() << "\n";
    else
      std::cout << terminal_safe(claim_line(c)) << "\n";
  };
  // The cheapest access path for the filters given.
  if (!o.doc.empty()) {
    if (!store->document(o.doc)) throw Error(o.doc, "no such document in " + g.db + " (`claimcheck docs` lists them)");
    for (const Claim& c : store->claims_of_document(o.doc)) print(c);
  } else if (!o.subject.empty() && !o.attribute.empty()) {
    for (const Claim& c : store->claims_about(o.subject, o.attribute)) print(c);
  } else {
    store->for_each_claim(print);
  }
  std::cout << std::flush;
  return kExitOk;
}

const Registration reg{{"claims", "List stored claims (filter by subject, attribute, document)", 40,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto o = std::make_shared<ClaimsOptions>();
      app.add_option("--subject", o->subject, "Only claims about this subject (exact name)");
      app.add_option("--attribute", o->attribute, "Only claims of this attribute (e.g. price)");
      app.add_option("--doc", o->doc, "Only claims of this document");
      app.add_option("-f,--format", o->format, "text (default) or jsonl")->check(CLI::IsMember({"text", "jsonl"}));
      return [o, &g] { return run_claims(*o, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
