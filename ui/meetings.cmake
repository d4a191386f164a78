# The meetings and decisions page (page, actions, models, dialogs, panels)
# and the procedural warnings panel with its dock.
target_sources(coalition_ui PRIVATE
    pages/meetingspage.h pages/meetingspage.cpp
    pages/meetingactions.h pages/meetingactions.cpp
    pages/decisionactions.h pages/decisionactions.cpp
    models/meetingdisplay.h models/meetingdisplay.cpp
    models/meetinglistmodel.h models/meetinglistmodel.cpp
    models/attendancemodel.h models/attendancemodel.cpp
    models/decisionlistmodel.h models/decisionlistmodel.cpp
    models/positionmodel.h models/positionmodel.cpp
    models/warningmodel.h models/warningmodel.cpp
    dialogs/meetingdialog.h dialogs/meetingdialog.cpp
    dialogs/decisiondialog.h dialogs/decisiondialog.cpp
    dialogs/reopendialog.h dialogs/reopendialog.cpp
    widgets/rowchoicedelegate.h widgets/rowchoicedelegate.cpp
    widgets/meetingpanel.h widgets/meetingpanel.cpp
    widgets/decisionpanel.h widgets/decisionpanel.cpp
    widgets/outcomeview.h widgets/outcomeview.cpp
    widgets/warningspanel.h widgets/warningspanel.cpp
    app/warningsdock.h app/warningsdock.cpp)
