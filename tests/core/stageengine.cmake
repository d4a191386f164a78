# Tests of issue 6 (stageengine); registered by the part's author.
coalition_add_test(tst_stageassessment SOURCES core/tst_stageassessment.cpp LIBRARIES coalition_core)
coalition_add_test(tst_typefit SOURCES core/tst_typefit.cpp LIBRARIES coalition_core)
