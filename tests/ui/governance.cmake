# Governance page: ground rules, bodies with seats, decision procedures.
coalition_add_test(tst_governancepage SOURCES ui/tst_governancepage.cpp LIBRARIES coalition_ui GUI)
