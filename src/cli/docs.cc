// `claimcheck docs`: the stored documents, one per line.
#include <iostream>
#include <nlohmann/json.hpp>

#include "claimcheck/error.h"
#include "claimcheck/terminal.h"
#include "cli/command.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

int run_docs(const std::string& format, const GlobalOptions& g) {
  auto store = store::Store::open(g.db, store::Mode::read_only);
  store->for_each_document([&](const store::DocumentInfo& d) {
    if (format == "jsonl") {
      nlohmann::json j{{"id", d.id},           {"path", d.path},   {"hash", d.content_hash},
                       {"title", d.title},     {"date", d.date},   {"ingested_at", d.ingested_at},
                       {"bytes", d.bytes},     {"claims", d.claim_count}};
      if (!d.story.empty()) j["story"] = d.story;
      std::cout << j.dump() << "\n";
    } else {
      // id, claims, date, story, title: tab-separated so `cut` and `sort` work on it.
      std::cout << terminal_safe(d.id) << "\t" << d.claim_count << (d.claim_count == 1 ? " claim\t" : " claims\t")
                << (d.date.empty() ? "-" : terminal_safe(d.date)) << "\t" << (d.story.empty() ? "-" : terminal_safe(d.story))
                << "\t" << (d.title.empty() ? "-" : terminal_safe(d.title)) << "\n";
    }
  });
  std::cout << std::flush;
  return kExitOk;
}

const Registration reg{{"docs", "List stored documents (id, claims, date, story, title)", 42,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto format = std::make_shared<std::string>("text");
      app.add_option("-f,--format", *format, "text (default) or jsonl")->check(CLI::IsMember({"text", "jsonl"}));
      return [format, &g] { return run_docs(*format, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
