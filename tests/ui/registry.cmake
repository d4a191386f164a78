# Organizations and people pages.
coalition_add_test(tst_organizationspage
    SOURCES ui/tst_organizationspage.cpp ui/registryfixture.h LIBRARIES coalition_ui GUI)
coalition_add_test(tst_peoplepage
    SOURCES ui/tst_peoplepage.cpp ui/registryfixture.h LIBRARIES coalition_ui GUI)
