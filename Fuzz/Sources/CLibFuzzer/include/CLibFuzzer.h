// libFuzzer's driver, called from each fuzz target's main: SwiftPM gives an executable its own `main`, so
// libFuzzer's `main` is never linked and the target hands over to the driver itself.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
