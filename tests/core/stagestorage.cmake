# Tests of issue 6 (stagestorage); registered by the part's author.
# The stage and relationship repositories (validation, pair order, history,
# audit, exact restore).
coalition_add_test(tst_stagerepositories SOURCES core/tst_stagerepositories.cpp LIBRARIES coalition_core)
# What the stage assessment and the network read from a workspace.
coalition_add_test(tst_stagesnapshot SOURCES core/tst_stagesnapshot.cpp LIBRARIES coalition_core)
