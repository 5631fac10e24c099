#pragma once
// Reads the Duckling-style case files under tests/data/values/ and scores them
// as the owners' suite is scored.  Format:
//
//   sentence => kind display [precision] [inferred] ; kind display ...
//   sentence => -                       (a negative: nothing may be found)
//   @ref 2026-01-10                     (reference date for the cases below; "@ref none")
//   @fallback 2026                      (fallback year for the cases below)
//   @spans                              (the cases below also give each surface text:
//                                        "number 192 \"192\"", as the owners' suite scores spans)
//
// `display` is claimcheck::display() of the Quantity ("0.28 USD per 1e6 tokens",
// "~30 %", "2026-02-11..2026-02-20"); dates add their precision and "inferred".
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "values_test_util.h"

namespace values_test {

inline std::vector<std::string> items(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t p = 0; s != "-";) {
    std::size_t q = s.find(" ; ", p);
    out.push_back(s.substr(p, q == std::string::npos ? std::string::npos : q - p));
    if (q == std::string::npos) break;
    p = q + 3;
  }
  return out;
}

// A quantity found with the right value (and span, in @spans files) is a hit,
// any other found one a false alarm, an expected one not found a miss.
struct Score {
  int hits = 0, false_alarms = 0, misses = 0;
  void add(const std::string& expected, const std::string& got) {
    std::vector<std::string> want = items(expected);
    for (const std::string& g : items(got)) {
      auto it = std::find(want.begin(), want.end(), g);
      if (it == want.end()) {
        ++false_alarms;
      } else {
        ++hits;
        want.erase(it);
      }
    }
    misses += static_cast<int>(want.size());
  }
  double precision() const { return hits + false_alarms == 0 ? 1 : double(hits) / (hits + false_alarms); }
  double recall() const { return hits + misses == 0 ? 1 : double(hits) / (hits + misses); }
  double f1() const {
    if (hits + false_alarms + misses == 0) return 1;  // a file of negatives, all clean
    return 2.0 * hits / (2.0 * hits + false_alarms + misses);
  }
};

struct Case {
  int line_no = 0;
  std::string sentence, expected, got;
};

// Runs every case of `path`; `problem` gets each line the reader cannot use.
inline Score run_case_file(const std::filesystem::path& path, const std::function<void(const Case&)>& on_case,
                           const std::function<void(int, const std::string&)>& problem) {
  std::ifstream in(path);
  std::string line;
  int line_no = 0;
  claimcheck::values::ValueOptions options;
  bool spans = false;
  Score score;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("@ref ", 0) == 0) {
      std::string d = line.substr(5);
      int64_t days = 0;
      if (d == "none") options.reference_date.reset();
      else if (claimcheck::parse_iso_date(d, days)) options.reference_date = days;
      else problem(line_no, "bad @ref date: " + d);
      continue;
    }
    if (line == "@spans") {
      spans = true;
      continue;
    }
    if (line.rfind("@fallback ", 0) == 0) {
      options.fallback_year = std::stoi(line.substr(10));
      continue;
    }
    auto arrow = line.find(" => ");
    if (arrow == std::string::npos) {  // a case the runner cannot read is a failure, not a silent drop
      problem(line_no, "no \" => \" in a case line: " + line);
      continue;
    }
    Case c;
    c.line_no = line_no;
    c.sentence = line.substr(0, arrow);
    c.expected = normalise_expected(line.substr(arrow + 4));
    c.got = describe_all(c.sentence, options, spans);
    score.add(c.expected, c.got);
    on_case(c);
  }
  return score;
}

inline std::vector<std::filesystem::path> case_files(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace values_test
