#pragma once
// Short document names, the one rule every report and explanation uses:
// the file stem ("news/reuters_gpt55.md" -> "reuters_gpt55"), or only the part
// before the first '_' when what follows is an id of six or more hex digits
// ("corpus/003_d4106d9e4592ae5a.txt" -> "003", as people say it).
//
//   short_name("corpus/003_d4106d9e4592ae5a.txt")   // "003"
//   short_names({"a/003_d4106d9e.txt", "b/003_7487f425.txt"})
//       // both "003" alone would be one name: the whole stems
#include <map>
#include <string>
#include <vector>

namespace claimcheck {

std::string short_name(const std::string& doc);

// short_name of each document, except that documents whose short names would
// be equal keep their whole stems, so the names tell them apart.
std::map<std::string, std::string> short_names(const std::vector<std::string>& docs);

}  // namespace claimcheck
