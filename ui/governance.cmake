# The governance page: ground rules by area, bodies with their seats and
# decision procedures (page, models, dialogs, widgets).
target_sources(coalition_ui PRIVATE
    pages/governancepage.h pages/governancepage.cpp
    pages/ruleactions.h pages/ruleactions.cpp
    pages/bodyactions.h pages/bodyactions.cpp
    models/listsync.h
    models/coalitionmembers.h models/coalitionmembers.cpp
    models/proceduredisplay.h models/proceduredisplay.cpp
    models/groundruletreemodel.h models/groundruletreemodel.cpp
    models/bodylistmodel.h models/bodylistmodel.cpp
    models/seattablemodel.h models/seattablemodel.cpp
    dialogs/groundruledialog.h dialogs/groundruledialog.cpp
    dialogs/rulestatusdialog.h dialogs/rulestatusdialog.cpp
    dialogs/bodydialog.h dialogs/bodydialog.cpp
    dialogs/seatdialog.h dialogs/seatdialog.cpp
    dialogs/proceduredialog.h dialogs/proceduredialog.cpp
    widgets/groundrulesview.h widgets/groundrulesview.cpp
    widgets/groundruledetails.h widgets/groundruledetails.cpp
    widgets/bodiesview.h widgets/bodiesview.cpp
    widgets/fractionedit.h widgets/fractionedit.cpp
    widgets/escalationeditor.h widgets/escalationeditor.cpp)
