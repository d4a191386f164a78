# Coalition details and members page.
coalition_add_test(tst_coalitionspage SOURCES ui/tst_coalitionspage.cpp LIBRARIES coalition_ui GUI)
