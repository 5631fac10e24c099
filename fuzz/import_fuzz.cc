// libFuzzer entry point for the import target (the body is in targets.h).
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  claimcheck::fuzz::import_target(data, size);
  return 0;
}
