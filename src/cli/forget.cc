// `claimcheck forget DOC...`: remove documents and all their claims.
#include <iostream>

#include "claimcheck/error.h"
#include "claimcheck/terminal.h"
#include "cli/command.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

int run_forget(const std::vector<std::string>& docs, const GlobalOptions& g) {
  auto store = store::Store::open(g.db, store::Mode::read_write);
  for (const auto& id : docs)
    if (!store->document(id))
      throw Error(id, "no such document in " + g.db + " (nothing was removed; `claimcheck docs` lists them)");
  for (const auto& id : docs) {
    uint64_t n = store->document(id)->claim_count;
    store->forget(id);
    if (!g.quiet) std::cerr << "claimcheck: forgot " << terminal_safe(id) << " (" << n << " claims)\n";
  }
  store->sync();
  return kExitOk;
}

const Registration reg{{"forget", "Remove documents and their claims from the database", 32,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto docs = std::make_shared<std::vector<std::string>>();
      app.add_option("DOC", *docs, "Document id, as `claimcheck docs` lists it")->required();
      return [docs, &g] { return run_forget(*docs, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
