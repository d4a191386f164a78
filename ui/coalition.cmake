# The coalition pages: details and members (pages, models, dialogs).
target_sources(coalition_ui PRIVATE
    pages/coalitionspage.h pages/coalitionspage.cpp)
