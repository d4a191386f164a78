# Main window, session, undo, settings: tests of the desktop's frame.
coalition_add_test(tst_mainwindow SOURCES ui/tst_mainwindow.cpp LIBRARIES coalition_ui GUI)

# coalition-screenshots DIR: a PNG of every page of the sample workspace (not
# installed). The test runs it and checks it wrote every picture.
add_executable(coalition-screenshots tools/screenshots.cpp)
target_link_libraries(coalition-screenshots PRIVATE coalition_ui coalition_project_options)
add_test(NAME coalition_screenshots
    COMMAND "${CMAKE_COMMAND}"
        -DPROGRAM=$<TARGET_FILE:coalition-screenshots>
        -DOUT=${CMAKE_CURRENT_BINARY_DIR}/screenshots
        -DEXPECTED=welcome;dashboard;stage;organizations;people;coalitions;relationships;governance;meetings;action;results;reports
        -P "${CMAKE_CURRENT_SOURCE_DIR}/tools/check-screenshots.cmake")
set(screenshots_home "${CMAKE_BINARY_DIR}/test-home/coalition_screenshots")
file(MAKE_DIRECTORY "${screenshots_home}/runtime")
file(CHMOD "${screenshots_home}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set_tests_properties(coalition_screenshots PROPERTIES
    TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${screenshots_home};XDG_CONFIG_HOME=${screenshots_home}/config;XDG_RUNTIME_DIR=${screenshots_home}/runtime;LC_ALL=C.UTF-8")
