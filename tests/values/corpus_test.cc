// One runner for every case file under tests/data/values/ (Duckling-style
// corpora).  Each file is a list of
//
//   sentence => kind display [precision] [inferred] ; kind display ...
//   sentence => -                       (a negative: nothing may be found)
//   @ref 2026-01-10                     (reference date for the cases below; "@ref none")
//   @fallback 2026                      (fallback year for the cases below)
//
// `display` is claimcheck::display() of the Quantity ("0.28 USD per 1e6 tokens",
// "~30 %", "2026-02-11..2026-02-20"); dates add their precision and "inferred".
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "text/document.h"
#include "values/recognizer.h"
#include "values_test_util.h"

using namespace claimcheck;

TEST_CASE("value corpora: every case in tests/data/values/*.txt", "[values]") {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/data/values"))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  int cases = 0, failures = 0;
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line;
    int line_no = 0;
    values::ValueOptions options;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      if (line.rfind("@ref ", 0) == 0) {
        std::string d = line.substr(5);
        int64_t days = 0;
        if (d == "none") options.reference_date.reset();
        else if (parse_iso_date(d, days)) options.reference_date = days;
        else {
          ++failures;
          UNSCOPED_INFO(path.filename().string() << ":" << line_no << ": bad @ref date: " << d);
        }
        continue;
      }
      if (line.rfind("@fallback ", 0) == 0) {
        options.fallback_year = std::stoi(line.substr(10));
        continue;
      }
      auto arrow = line.find(" => ");
      if (arrow == std::string::npos) {  // a case the runner cannot read is a failure, not a silent drop
        ++failures;
        UNSCOPED_INFO(path.filename().string() << ":" << line_no << ": no \" => \" in a case line: " << line);
        continue;
      }
      std::string sentence = line.substr(0, arrow);
      std::string expected = values_test::normalise_expected(line.substr(arrow + 4));
      std::string got = values_test::describe_all(sentence, options);
      ++cases;
      if (got != expected) {
        ++failures;
        UNSCOPED_INFO(path.filename().string() << ":" << line_no << ": " << sentence << "\n    expected: " << expected
                                               << "\n    got:      " << got);
      }
    }
  }
  INFO(cases << " cases");
  CHECK(failures == 0);
  CHECK(cases > 300);
}
