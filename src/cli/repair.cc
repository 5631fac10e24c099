// `claimcheck repair`: let RocksDB rebuild a damaged database from the files
// it can still read, then say what survived.
#include <iostream>

#include "claimcheck/error.h"
#include "claimcheck/terminal.h"
#include "cli/command.h"
#include "store/repair.h"

namespace claimcheck::cli {
namespace {

int run_repair(const GlobalOptions& g) {
  store::RepairReport r = store::repair_database(g.db);
  std::cout << "repaired " << g.db << ": " << r.documents << " documents, " << r.claims << " claims recovered\n";
  if (r.damaged_tables)
    std::cout << r.damaged_tables << " damaged table file(s): " << r.salvaged_entries
              << " entries salvaged from their readable blocks\n";
  if (r.lost_files)
    std::cout << r.lost_files << " unreadable table file(s) moved to " << g.db << "/lost/ (what could not be read from them is gone)\n";
  for (const auto& d : r.incomplete)
    std::cout << "incomplete: " << terminal_safe(d.doc) << " ("
              << (d.record_rebuilt ? std::to_string(d.claims) + " claims recovered, its record was lost"
                                   : std::to_string(d.claims) + " of " + std::to_string(d.expected) + " claims recovered")
              << "; the next `claimcheck ingest` of it extracts it again, or `claimcheck forget` it)\n";
  return r.incomplete.empty() ? kExitOk : kExitUsage;
}

const Registration reg{{"repair",
                         "Recover a damaged database (RocksDB RepairDB), bring an older one to the current "
                         "schema, and report what survived",
                         90,
    [](CLI::App& app, GlobalOptions& g) -> Action { return [&g] { return run_repair(g); }; }}};

}  // namespace
}  // namespace claimcheck::cli
