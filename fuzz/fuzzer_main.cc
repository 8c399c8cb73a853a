// The libFuzzer executable of argmap. ARGMAP_FUZZ_TARGET names the target it
// fuzzes (fuzz/targets.h: read_<format> for each input format, stream, rule_parser,
// segment, extract); ARGMAP_FUZZ_TARGET=list prints the names and exits.
// A broken invariant aborts, so libFuzzer saves the input as a crash.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/targets.h"

namespace {

argmap::fuzz::Target target;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* name = std::getenv("ARGMAP_FUZZ_TARGET");
  std::string wanted = name ? name : "";
  for (const argmap::fuzz::Target& t : argmap::fuzz::Targets()) {
    if (wanted == "list") std::printf("%s\n", t.name.c_str());
    if (t.name == wanted) target = t;
  }
  if (wanted == "list") std::exit(0);
  if (target.name.empty()) {
    std::fprintf(
        stderr,
        "fuzz_argmap: set ARGMAP_FUZZ_TARGET to a target (list: ARGMAP_FUZZ_TARGET=list)\n");
    std::exit(2);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string err = target.run ? target.run(input) : argmap::fuzz::FuzzRead(target.format, input);
  if (!err.empty()) {
    std::fprintf(stderr, "fuzz target %s: %s\n", target.name.c_str(), err.c_str());
    std::abort();
  }
  return 0;
}
