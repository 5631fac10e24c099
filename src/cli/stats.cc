// `claimcheck stats`: how much the database holds.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "claimcheck/error.h"
#include "cli/command.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

std::string human_bytes(uint64_t n) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(n);
  int u = 0;
  while (v >= 1024 && u < 4) v /= 1024, ++u;
  char buf[32];
  std::snprintf(buf, sizeof buf, u ? "%.1f %s" : "%.0f %s", v, units[u]);
  return buf;
}

int run_stats(const std::string& format, const GlobalOptions& g) {
  auto store = store::Store::open(g.db, store::Mode::read_only);
  store::Stats s = store->stats();
  if (format == "json") {
    std::cout << nlohmann::json{{"database", store->path()}, {"documents", s.documents}, {"claims", s.claims},
                                {"subjects", s.subjects},    {"attributes", s.attributes},
                                {"bytes_on_disk", s.bytes_on_disk}}
                     .dump()
              << "\n";
  } else {
    std::cout << "database:   " << store->path() << "\n"
              << "documents:  " << s.documents << "\n"
              << "claims:     " << s.claims << "\n"
              << "subjects:   " << s.subjects << "\n"
              << "attributes: " << s.attributes << "\n"
              << "on disk:    " << human_bytes(s.bytes_on_disk) << " (" << s.bytes_on_disk << " bytes)\n";
  }
  return kExitOk;
}

const Registration reg{{"stats", "Count documents, claims, subjects, attributes and bytes on disk", 44,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto format = std::make_shared<std::string>("text");
      app.add_option("-f,--format", *format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
      return [format, &g] { return run_stats(*format, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
