# The Relationships page.
target_sources(coalition_ui PRIVATE
    pages/relationshipspage.h pages/relationshipspage.cpp)
