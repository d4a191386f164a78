# Reports page (preview, confidentiality, export) and Results page
# (successes, evaluations, conflicts).
coalition_add_test(tst_reportspage SOURCES ui/tst_reportspage.cpp LIBRARIES coalition_ui GUI)
coalition_add_test(tst_resultspage SOURCES ui/tst_resultspage.cpp LIBRARIES coalition_ui GUI)
