target_sources(coalition_ui PRIVATE
    widgets/messagebar.h widgets/messagebar.cpp
    widgets/welcomewidget.h widgets/welcomewidget.cpp
    widgets/flattree.h widgets/flattree.cpp)
