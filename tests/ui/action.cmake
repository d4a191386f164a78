# Action Groups page: groups, plans, tasks, budget and staffing edited in
# place, goals, progress reports and the timeline tab.
coalition_add_test(tst_actiongroupspage
    SOURCES ui/tst_actiongroupspage.cpp ui/meetingsfixture.h LIBRARIES coalition_ui GUI)
