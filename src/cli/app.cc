// The command-line front: global options, the command table, and the single
// place where errors become one line on stderr and an exit status.
#include <unicode/uversion.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <rocksdb/version.h>

#include "claimcheck/error.h"
#include "claimcheck/terminal.h"
#include "cli/command.h"

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0.0.0"
#endif
#ifndef CLAIMCHECK_RE2_VERSION
#define CLAIMCHECK_RE2_VERSION "unknown"
#endif

namespace claimcheck::cli {
namespace {

std::vector<Command>& table() {
  static std::vector<Command> commands;
  return commands;
}

std::string version_text() {
  UVersionInfo icu;
  u_getVersion(icu);
  char icu_text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(icu, icu_text);
  return std::string("claimcheck ") + CLAIMCHECK_VERSION + "\n" +
         "RocksDB " + rocksdb::GetRocksVersionAsString(true) + "\n" +
         "ICU " + icu_text + "\n" +
         "re2 " + CLAIMCHECK_RE2_VERSION + "\n";
}

const char* kFooter =
    "Exit status: 0 success; 1 findings at or above --fail-on (check); 2 usage, input or\n"
    "database error; 130 interrupted.  Database: --db DIR, else $CLAIMCHECK_DB, else ./.claimcheck";

}  // namespace

Registration::Registration(Command c) { table().push_back(std::move(c)); }

const std::vector<Command>& registered_commands() {
  auto& t = table();
  std::stable_sort(t.begin(), t.end(), [](const Command& a, const Command& b) { return a.order < b.order; });
  return t;
}

bool use_color(const GlobalOptions& global, int fd) {
  if (global.color == "always") return true;
  if (global.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(fd);
}

int run(int argc, char** argv) {
  CLI::App app{"claimcheck: extract numeric claims from articles, store them with their provenance,\n"
               "and report where sources conflict.",
               "claimcheck"};
  app.footer(kFooter);
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", version_text, "Print the versions of claimcheck, RocksDB, ICU and re2");

  GlobalOptions global;
  if (const char* env = std::getenv("CLAIMCHECK_DB"); env && *env) global.db = env;
  if (global.db.empty()) global.db = ".claimcheck";
  auto add_globals = [&](CLI::App& a) {
    a.add_option("--db", global.db, "Database directory (default: $CLAIMCHECK_DB or ./.claimcheck)");
    a.add_option("--rules", global.rules_dirs, "Load rule packs from DIR instead of the built-in ones (repeatable)")
        ->allow_extra_args(false);  // one DIR per --rules, so a following FILE stays a FILE
    a.add_flag("-q,--quiet", global.quiet, "No progress output on stderr");
    a.add_option("--color", global.color, "Colour: auto, always or never (NO_COLOR is respected)")
        ->check(CLI::IsMember({"auto", "always", "never"}));
  };
  add_globals(app);

  Action chosen;
  for (const Command& command : registered_commands()) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    add_globals(*sub);
    sub->footer(kFooter);
    Action action = command.setup(*sub, global);
    sub->callback([&chosen, action] { chosen = action; });
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string message = e.what();
    if (auto extras = dynamic_cast<const CLI::ExtrasError*>(&e); extras && argc > 1 && argv[1][0] != '-')
      message = std::string("unknown command '") + argv[1] + "' (see claimcheck --help)";
    std::cerr << "claimcheck: error: " << terminal_safe(message) << "\n";
    return kExitUsage;
  }
  if (!chosen) {
    std::cout << app.help();
    return kExitOk;
  }
  try {
    return chosen();
  } catch (const Error& e) {
    std::cerr << "claimcheck: error: " << terminal_safe(e.what()) << "\n";
    return e.exit_code();
  } catch (const std::exception& e) {
    std::cerr << "claimcheck: error: " << terminal_safe(e.what()) << "\n";
    return kExitUsage;
  }
}

}  // namespace claimcheck::cli
