# Relationships page: the matrix, the network graph with its layout and
# exports, the dialog and the undoable edits.
coalition_add_test(tst_graphlayout SOURCES ui/tst_graphlayout.cpp LIBRARIES coalition_ui GUI)
coalition_add_test(tst_networkgraphview
    SOURCES ui/tst_networkgraphview.cpp LIBRARIES coalition_ui GUI)
coalition_add_test(tst_relationshipspage
    SOURCES ui/tst_relationshipspage.cpp ui/meetingsfixture.h LIBRARIES coalition_ui GUI)
