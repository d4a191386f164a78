# The task timeline: a Gantt chart of the action groups' tasks (widget and its
# row type).
target_sources(coalition_ui PRIVATE
    models/timelinerow.h models/timelinerow.cpp
    widgets/timelineview.h widgets/timelineview.cpp widgets/timelineviewpaint.cpp
    widgets/timelineviewinput.cpp)
