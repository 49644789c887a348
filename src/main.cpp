// debrief: a command-line coaching journal. Everything happens in cli::main.
#include "cli/run.hpp"

int main(int argc, char** argv) { return debrief::cli::main(argc, argv); }
