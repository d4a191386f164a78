# Tests of issue 6 (stage): the Stage page, with the dashboard following an
# answer given there.
coalition_add_test(tst_stagepage
    SOURCES ui/tst_stagepage.cpp ui/meetingsfixture.h LIBRARIES coalition_ui GUI)
