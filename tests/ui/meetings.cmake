# Meetings and decisions page; the procedural warnings panel and its dock.
coalition_add_test(tst_meetingspage
    SOURCES ui/tst_meetingspage.cpp ui/meetingsfixture.h LIBRARIES coalition_ui GUI)
coalition_add_test(tst_warningspanel
    SOURCES ui/tst_warningspanel.cpp ui/meetingsfixture.h LIBRARIES coalition_ui GUI)
