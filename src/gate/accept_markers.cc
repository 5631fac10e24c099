#include "gate/accept_markers.h"

#include <re2/re2.h>

#include <cctype>

namespace claimcheck::gate {

std::set<std::string> accept_markers(std::string_view original) {
  // "claimcheck: accept", "claimcheck-accept:", any case; then fingerprints.
  static const RE2 kMarker(R"((?i)claimcheck(?:\s*:\s*|-)accept:?((?:[\s,]+[0-9a-f]{16}\b)+))");
  static const RE2 kFingerprint(R"((?i)([0-9a-f]{16}))");
  std::set<std::string> out;
  re2::StringPiece input(original.data(), original.size());
  re2::StringPiece list;
  while (RE2::FindAndConsume(&input, kMarker, &list)) {
    re2::StringPiece rest = list;
    std::string fp;
    while (RE2::FindAndConsume(&rest, kFingerprint, &fp)) {
      for (char& c : fp) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out.insert(fp);
    }
  }
  return out;
}

}  // namespace claimcheck::gate
