# Tests of issue 6 (network); registered by the part's author.
# Network figures over hand-counted graphs, and the network export formats.
coalition_add_test(tst_networkfigures SOURCES core/tst_networkfigures.cpp LIBRARIES coalition_core)
coalition_add_test(tst_networkexport SOURCES core/tst_networkexport.cpp LIBRARIES coalition_core)
