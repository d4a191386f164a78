# The Dashboard page: the current coalition's stage (bar, missing criteria,
# history), warnings, what is coming up, and membership charts (Qt Charts).
find_package(Qt6 6.4 REQUIRED COMPONENTS Charts)
target_sources(coalition_ui PRIVATE
    pages/dashboardpage.h pages/dashboardpage.cpp
    models/dashboarddata.h models/dashboarddata.cpp
    widgets/dashboardagenda.h widgets/dashboardagenda.cpp
    widgets/dashboardcharts.h widgets/dashboardcharts.cpp
    widgets/dashboardcolors.h widgets/dashboardcolors.cpp
    widgets/dashboardstagepanel.h widgets/dashboardstagepanel.cpp
    widgets/stagebar.h widgets/stagebar.cpp
    widgets/stagehistoryview.h widgets/stagehistoryview.cpp)
target_link_libraries(coalition_ui PUBLIC Qt6::Charts)
