# Organizations and people pages.
coalition_add_test(tst_organizationspage
    SOURCES ui/tst_organizationspage.cpp ui/registryfixture.h LIBRARIES coalition_ui GUI)
coalition_add_test(tst_peoplepage
    SOURCES ui/tst_peoplepage.cpp ui/registryfixture.h LIBRARIES coalition_ui GUI)
# The session's shared list of organization names, its proxies and combo box.
coalition_add_test(tst_organizationchoices
    SOURCES ui/tst_organizationchoices.cpp ui/registryfixture.h
    LIBRARIES coalition_ui SQLite::SQLite3 GUI)
