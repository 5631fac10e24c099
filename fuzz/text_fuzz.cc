// libFuzzer entry point for the text target (the body is in targets.h).
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  claimcheck::fuzz::text_target(data, size);
  return 0;
}
