#include "cli/command.h"

int main(int argc, char** argv) { return claimcheck::cli::run(argc, argv); }
