// `claimcheck rules test|list`: the rule packs' own examples, and what is loaded.
#include <iostream>

#include "claimcheck/error.h"
#include "claims/rule_extractor.h"
#include "claims/self_test.h"
#include "cli/command.h"

namespace claimcheck::cli {
namespace {

int run_rules_test(const GlobalOptions& global) {
  claims::RuleExtractor extractor(rules::RuleSet::load(global.rules_dirs));
  claims::SelfTestResult r = claims::run_self_test(extractor);
  for (const auto& f : r.failures) std::cout << f.where << ": FAIL " << f.rule << ": " << f.message << "\n";
  std::cout << r.passed << " passed, " << r.failed << " failed\n";
  return r.failed == 0 ? static_cast<int>(kExitOk) : static_cast<int>(kExitFindings);
}

int run_rules_list(const GlobalOptions& global) {
  auto set = rules::RuleSet::load(global.rules_dirs);
  for (const auto& rule : set->rules()) {
    std::cout << rule.id << "\t" << (rule.anchor ? "(narrative date)" : rule.attribute) << "\t" << rule.file << "\n"
              << "    " << rule.pattern << "\n";
  }
  std::cerr << set->rules().size() << " rules, " << set->entities().size() << " gazetteer entries, "
            << set->fragments().size() << " fragments\n";
  return kExitOk;
}

const Registration reg{{"rules", "Test the rule packs against their own examples, or list them", 60,
                        [](CLI::App& app, GlobalOptions& g) -> Action {
                          app.require_subcommand(1, 1);
                          CLI::App* test = app.add_subcommand("test", "Run every rule's examples and counter-examples");
                          CLI::App* list = app.add_subcommand("list", "List the loaded rules and their patterns");
                          for (CLI::App* sub : {test, list}) {
                            sub->fallthrough();
                            sub->add_option("--rules", g.rules_dirs, "Load rule packs from DIR (repeatable)")->allow_extra_args(false);
                          }
                          return [test, list, &g]() -> int {
                            if (test->parsed()) return run_rules_test(g);
                            if (list->parsed()) return run_rules_list(g);
                            return kExitOk;
                          };
                        }}};

}  // namespace
}  // namespace claimcheck::cli
