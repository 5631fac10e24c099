// `claimcheck repair`: let RocksDB rebuild a damaged database from the files
// it can still read, then say what survived.
#include <iostream>

#include "claimcheck/error.h"
#include "cli/command.h"
#include "store/repair.h"

namespace claimcheck::cli {
namespace {

int run_repair(const GlobalOptions& g) {
  store::RepairReport r = store::repair_database(g.db);
  std::cout << "repaired " << g.db << ": " << r.documents << " documents, " << r.claims << " claims recovered\n";
  if (r.lost_files)
    std::cout << r.lost_files << " unreadable file(s) moved to " << g.db << "/lost/ (their data is gone)\n";
  for (const auto& id : r.incomplete)
    std::cout << "incomplete: " << id << " (re-ingest it, or `claimcheck forget` it)\n";
  return r.incomplete.empty() ? kExitOk : kExitUsage;
}

const Registration reg{{"repair", "Recover a damaged database (RocksDB RepairDB) and report what survived", 90,
    [](CLI::App& app, GlobalOptions& g) -> Action { return [&g] { return run_repair(g); }; }}};

}  // namespace
}  // namespace claimcheck::cli
