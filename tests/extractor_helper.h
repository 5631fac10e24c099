#pragma once
// The built-in rules, loaded once per test process (loading compiles every rule).
#include "claims/extractor.h"

namespace claimcheck::testing {

inline const claims::Extractor& shared_extractor() {
  static auto e = claims::Extractor::load();
  return *e;
}

}  // namespace claimcheck::testing
