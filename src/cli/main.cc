// The argmap command: a thin layer over the library (cli/cli.h).
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  argmap::CliIo io{std::cout, std::cerr, ::isatty(STDERR_FILENO) == 1};
  io.in = &std::cin;
  return argmap::RunCli(args, io);
}
