#pragma once
// Every `claimcheck <command>` is one small unit in its own file that
// registers itself here (a static Registration), like ninja's subtool table.
//
// Example (src/cli/values.cc):
//   static const Registration reg{{"values", "Print every quantity found in a text", 20,
//       [](CLI::App& app, GlobalOptions& g) -> Action {
//         auto opts = std::make_shared<ValuesOptions>();
//         app.add_option("FILE", opts->file, "...")->required();
//         return [opts, &g] { return run_values(*opts, g); };
//       }}};
#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace claimcheck::cli {

// Options every command understands; set before the command's action runs.
struct GlobalOptions {
  std::string db;                       // --db, else $CLAIMCHECK_DB, else ".claimcheck"
  std::vector<std::string> rules_dirs;  // --rules DIR (repeatable); empty = the built-in packs
  bool quiet = false;                   // --quiet: no progress on stderr
  std::string color = "auto";           // --color auto|always|never (NO_COLOR respected)
};

// Returns the exit status.  Throws claimcheck::Error for user-caused failures.
using Action = std::function<int()>;

struct Command {
  const char* name;
  const char* description;
  int order;  // position in `claimcheck --help`
  // Declares the command's options on `app` and returns what to run once parsed.
  std::function<Action(CLI::App& app, GlobalOptions& global)> setup;
};

struct Registration {
  explicit Registration(Command c);
};

const std::vector<Command>& registered_commands();

// The whole program: parse argv, run the chosen command, map errors to exit codes.
int run(int argc, char** argv);

// Whether colour should be used on `fd` given --color and NO_COLOR.
bool use_color(const GlobalOptions& global, int fd);

}  // namespace claimcheck::cli
