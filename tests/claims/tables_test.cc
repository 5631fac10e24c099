// Tables read as one sentence per cell (claims/tables.h).
#include <catch2/catch.hpp>

#include "claims/tables.h"

using namespace claimcheck::claims;

namespace {

bool is_model(std::string_view cell) { return cell.rfind("Vega", 0) == 0 || cell.rfind("Orion", 0) == 0; }

std::vector<std::string> texts(const Tables& t) {
  std::vector<std::string> out;
  for (const auto& s : t.sentences) out.push_back(s.text);
  return out;
}

}  // namespace

TEST_CASE("a table with models in the first column gives one sentence per cell", "[claims][tables]") {
  const std::string md =
      "Prices:\n\n| Model | Input $/1M | Output $/1M |\n|---|---|---|\n| Vega-9 Pro | $2.50 | $10.00 |\n"
      "| **Orion 3** | $3.00 | $12.00 |\n\nAfter.\n";
  Tables t = read_tables(md, is_model);
  CHECK(texts(t) == std::vector<std::string>{"Vega-9 Pro Input: $2.50.", "Vega-9 Pro Output: $10.00.",
                                             "Orion 3 Input: $3.00.", "Orion 3 Output: $12.00."});
  REQUIRE(t.regions.size() == 1);
  // Each sentence points at its cell in the original text.
  CHECK(md.substr(t.sentences[1].cell_begin, t.sentences[1].cell_end - t.sentences[1].cell_begin) == "$10.00");
}

TEST_CASE("models as columns, a subject column that is not first, and split labels", "[claims][tables]") {
  const std::string columns =
      "| | Vega-9 Pro | Orion 3 |\n|---|---|---|\n| Released | May 14, 2026 | April 24, 2026 |\n"
      "| Parameters (total / active) | 2.4T / 96B | 1.2T / 78B |\n";
  CHECK(texts(read_tables(columns, is_model)) ==
        std::vector<std::string>{"Vega-9 Pro Released: May 14, 2026.", "Orion 3 Released: April 24, 2026.",
                                 "Vega-9 Pro Parameters total: 2.4T.", "Vega-9 Pro Parameters active: 96B.",
                                 "Orion 3 Parameters total: 1.2T.", "Orion 3 Parameters active: 78B."});
  const std::string ranked = "| Rank | Model | Total / active parameters |\n|---|---|---|\n| 1 | Vega-9 Pro | 2T / 90B |\n";
  CHECK(texts(read_tables(ranked, is_model)) ==
        std::vector<std::string>{"Vega-9 Pro Rank: 1.", "Vega-9 Pro Total parameters: 2T.",
                                 "Vega-9 Pro active parameters: 90B."});
  // No names anywhere: not a table of claims.
  CHECK(read_tables("| a | b |\n|---|---|\n| 1 | 2 |\n", is_model).sentences.empty());
}
