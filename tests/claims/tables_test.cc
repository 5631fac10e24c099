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

TEST_CASE("a price column's rate unit is no part of its label", "[claims][tables]") {
  const std::string rows =
      "| | Vega-9 Pro | Orion 3 |\n|---|---|---|\n| Input price (per 1M) | $1.25 | $3.00 |\n"
      "| Output price per million tokens | $5.00 | $12.00 |\n";
  CHECK(texts(read_tables(rows, is_model)) ==
        std::vector<std::string>{"Vega-9 Pro Input price: $1.25.", "Orion 3 Input price: $3.00.",
                                 "Vega-9 Pro Output price: $5.00.", "Orion 3 Output price: $12.00."});
  // A leaderboard's "$/1M in" and "$/1M out" columns are the input and output prices.
  const std::string board = "| # | Model | $/1M in | $/1M out |\n|---|---|---|---|\n| 1 | Orion 3 | $3.00 | $12.00 |\n";
  CHECK(texts(read_tables(board, is_model)) ==
        std::vector<std::string>{"Orion 3 #: 1.", "Orion 3 Input: $3.00.", "Orion 3 Output: $12.00."});
}

TEST_CASE("an HTML table is read like a Markdown one", "[claims][tables]") {
  const std::string html =
      "<p>Our picks.</p>\n<table class=\"cmp\">\n<thead><tr><th>Model</th><th>Input $/1M</th><th>Context</th></tr></thead>\n"
      "<tbody><tr><td><strong>Vega-9 Pro</strong></td><td>$2.50</td><td>400,000&nbsp;tokens</td></tr>\n"
      "<tr><td>Orion 3</td><td>$3.00<br></td><td>1M</td></tr></tbody></table>\n<p>After.</p>\n";
  Tables t = read_tables(html, is_model);
  CHECK(texts(t) == std::vector<std::string>{"Vega-9 Pro Input: $2.50.", "Vega-9 Pro Context: 400,000 tokens.",
                                             "Orion 3 Input: $3.00.", "Orion 3 Context: 1M."});
  REQUIRE(t.regions.size() == 1);
  CHECK(html.substr(t.regions[0].begin, 6) == "<table");
  CHECK(html.substr(t.regions[0].end - 8, 8) == "</table>");
  // A cell points at its content in the file, entity and all.
  const auto& context = t.sentences[1];
  CHECK(html.substr(context.cell_begin, context.cell_end - context.cell_begin) == "400,000&nbsp;tokens");
}

TEST_CASE("a header's unit in parentheses is dropped whole", "[claims][tables]") {
  const std::string md = "| Model | Input ($/MTok) | Cached input (USD per 1M) | Output ($/MTok) |\n|---|---|---|---|\n"
                         "| Orion 3 | $3.00 | $0.30 | $12.00 |\n";
  CHECK(texts(read_tables(md, is_model)) ==
        std::vector<std::string>{"Orion 3 Input: $3.00.", "Orion 3 Cached input: $0.30.", "Orion 3 Output: $12.00."});
}

TEST_CASE("a lab column beside the models is not whose the figures are", "[claims][tables]") {
  // The name finder knows every lab but not every model ("Zeta Nine" has no version).
  auto known = [](std::string_view cell) {
    return cell == "Lumora" || cell == "Quarto Labs" || cell == "Tandem" || cell.rfind("Vega", 0) == 0;
  };
  const std::string md =
      "| # | Model | Lab | Total params |\n|---|---|---|---|\n| 1 | Vega-9 Pro | Lumora | 1.1T |\n"
      "| 2 | Zeta Nine | Quarto Labs | 700B |\n| 3 | Vega-9 Air | Tandem | 300B |\n";
  CHECK(texts(read_tables(md, known)) ==
        std::vector<std::string>{"Vega-9 Pro #: 1.", "Vega-9 Pro Lab: Lumora.", "Vega-9 Pro Total params: 1.1T.",
                                 "Zeta Nine #: 2.", "Zeta Nine Lab: Quarto Labs.", "Zeta Nine Total params: 700B.",
                                 "Vega-9 Air #: 3.", "Vega-9 Air Lab: Tandem.", "Vega-9 Air Total params: 300B."});
}

TEST_CASE("a provider column beside a model column: the rows are the models'", "[claims][tables]") {
  auto known = [](std::string_view cell) {
    return cell == "Lumora" || cell == "Quarto Labs" || cell.rfind("Vega", 0) == 0 || cell.rfind("Orion", 0) == 0;
  };
  // One model per row, each from its own provider: a price list of models.
  const std::string list =
      "| Provider | Model | Input |\n|---|---|---|\n| Lumora | Vega-9 Pro | $2.10 |\n| Quarto Labs | Orion 3 | $3.40 |\n";
  CHECK(texts(read_tables(list, known)) ==
        std::vector<std::string>{"Vega-9 Pro Provider: Lumora.", "Vega-9 Pro Input: $2.10.",
                                 "Orion 3 Provider: Quarto Labs.", "Orion 3 Input: $3.40."});
  // One model on several rows: hosts' offers of it, not the model's own price.
  const std::string hosts =
      "| Provider | Model | Input |\n|---|---|---|\n| Lumora | Orion 3 | $2.90 |\n| Quarto Labs | Orion 3 | $3.40 |\n";
  CHECK(read_tables(hosts, known).sentences.empty());
}
