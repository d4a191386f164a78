# The Stage page.
target_sources(coalition_ui PRIVATE
    pages/stagepage.h pages/stagepage.cpp)
