# Tests of issue 6 (stage); registered by the part's author.
coalition_add_test(tst_clistage SOURCES cli/tst_clistage.cpp cli/clitest.h)
target_compile_definitions(tst_clistage PRIVATE COALITION_CLI_PATH="$<TARGET_FILE:coalition-cli>")
add_dependencies(tst_clistage coalition-cli)
