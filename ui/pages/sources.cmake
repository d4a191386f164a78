target_sources(coalition_ui PRIVATE
    pages/page.h pages/page.cpp
    pages/pageregistry.h pages/pageregistry.cpp)
