#pragma once
// The one-line explanations findings carry, and the short document names they
// use: "003 says 2026-04-23, 002 says 2026-04-24: one day apart".
#include <map>
#include <string>
#include <vector>

namespace claimcheck::check {

// Short names for documents: the file stem ("corpus/003_d4106d.txt" ->
// "003_d4106d"), shortened to the part before the first '_' when that part
// still tells every document of `docs` apart ("003").
std::map<std::string, std::string> short_names(const std::vector<std::string>& docs);

// "003 says" / "002, 003 say" (names already short, in the given order).
std::string says(const std::vector<std::string>& names);

// "one day apart", "12 days apart".
std::string days_apart(double days);

// "differ by 12%" between two amounts (relative to the larger).
std::string differ_by(double a, double b);

}  // namespace claimcheck::check
