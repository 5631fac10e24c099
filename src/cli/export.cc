// `claimcheck export`: the whole store as JSON Lines (format in
// src/store/exchange.h); `claimcheck import` reads it back exactly.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "claimcheck/error.h"
#include "cli/command.h"
#include "store/exchange.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

struct ExportOptions {
  std::string format = "jsonl";
  std::string output;  // "" or "-" = stdout
};

int run_export(const ExportOptions& o, const GlobalOptions& g) {
  auto store = store::Store::open(g.db, store::Mode::read_only);
  store::ExportSummary s;
  if (o.output.empty() || o.output == "-") {
    s = store::export_jsonl(*store, std::cout);
    std::cout << std::flush;
  } else {
    // Written beside the target and renamed, so a failed export never leaves
    // a truncated file where a good one was.
    std::string tmp = o.output + ".tmp";
    {
      std::ofstream out(tmp, std::ios::binary);
      if (!out) throw Error(o.output, "cannot write file");
      s = store::export_jsonl(*store, out);
      out.flush();
      if (!out) throw Error(o.output, "write failed");
    }
    std::filesystem::rename(tmp, o.output);
  }
  if (!g.quiet) std::cerr << "claimcheck: exported " << s.documents << " documents, " << s.claims << " claims\n";
  return kExitOk;
}

const Registration reg{{"export", "Write the whole database as JSON Lines (documents and claims)", 50,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto o = std::make_shared<ExportOptions>();
      app.add_option("-f,--format", o->format, "jsonl (the only format)")->check(CLI::IsMember({"jsonl"}));
      app.add_option("-o,--output", o->output, "Write to FILE instead of stdout");
      return [o, &g] { return run_export(*o, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
