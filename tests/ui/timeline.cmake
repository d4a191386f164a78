# The task timeline widget: bar geometry, zoom, selection and activation.
coalition_add_test(tst_timelineview SOURCES ui/tst_timelineview.cpp LIBRARIES coalition_ui GUI)
