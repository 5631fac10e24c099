// The Catch2 v2 main of every test suite.  Catch2 v2 has no SKIP, so a test
// that cannot run here calls CLAIMCHECK_SKIP (helpers.h) and the process exits
// with kSkipExitCode, which ctest counts as skipped (SKIP_RETURN_CODE, set in
// tests/CMakeLists.txt), not as passed.  ctest runs one test case per process.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "helpers.h"

int main(int argc, char* argv[]) {
  int failed = Catch::Session().run(argc, argv);
  if (failed == 0 && claimcheck::testing::skipped()) return claimcheck::testing::kSkipExitCode;
  return failed;
}
