# The registry pages: organizations and people (pages, models, dialogs).
target_sources(coalition_ui PRIVATE
    pages/organizationspage.h pages/organizationspage.cpp
    pages/peoplepage.h pages/peoplepage.cpp)
