# The Dashboard page.
target_sources(coalition_ui PRIVATE
    pages/dashboardpage.h pages/dashboardpage.cpp)
