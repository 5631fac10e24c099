// `claimcheck import FILE|-`: read what `claimcheck export` wrote (each
// document stored in one batch with its claims), or a cluster's keyed claims
// (new documents bulk-loaded through SST files, ingest/keyed.h).  Documents
// already stored with the same content hash are left as they are.
#include <fstream>
#include <iostream>

#include "claimcheck/error.h"
#include "cli/command.h"
#include "ingest/keyed.h"
#include "store/exchange.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

int run_import(const std::string& file, const GlobalOptions& g) {
  std::ifstream in;
  if (file != "-") {
    in.open(file, std::ios::binary);
    if (!in) throw Error(file, "cannot read file");
  }
  auto store = store::Store::open(g.db, store::Mode::read_write);
  std::istream& src = file == "-" ? std::cin : in;
  const std::string source = file == "-" ? "<stdin>" : file;
  // Keyed claims (a cluster run's mapper output, docs/cluster.md) or an export.
  store::ImportSummary s =
      ingest::starts_keyed(src) ? ingest::import_keyed(*store, src, source) : store::import_jsonl(*store, src, source);
  store->sync();
  if (!g.quiet)
    std::cerr << "claimcheck: imported " << s.added + s.replaced + s.unchanged << " documents (" << s.added
              << " new, " << s.replaced << " changed, " << s.unchanged << " unchanged), " << s.claims << " claims\n";
  return kExitOk;
}

const Registration reg{{"import", "Load an export, or keyed claims from a cluster run (bulk, through SST files), into the database", 52,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto file = std::make_shared<std::string>();
      app.add_option("FILE", *file, "The export file, or keyed claims (extract --format keyed), or - for stdin")->required();
      return [file, &g] { return run_import(*file, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
