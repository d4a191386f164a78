# Tests of issue 6 (dashboard): membership over time (a core rule the
# dashboard draws), the stage bar, and the page itself.
coalition_add_test(tst_membershiptrend SOURCES core/tst_membershiptrend.cpp LIBRARIES coalition_core)
coalition_add_test(tst_stagebar SOURCES ui/tst_stagebar.cpp LIBRARIES coalition_ui GUI)
coalition_add_test(tst_dashboardpage SOURCES ui/tst_dashboardpage.cpp LIBRARIES coalition_ui GUI)
