# The coalition pages: details and members (pages, models, dialogs).
target_sources(coalition_ui PRIVATE
    pages/coalitionspage.h pages/coalitionspage.cpp
    pages/memberactions.h pages/memberactions.cpp
    models/memberdisplay.h models/memberdisplay.cpp
    models/membertablemodel.h models/membertablemodel.cpp
    models/memberfilterproxymodel.h models/memberfilterproxymodel.cpp
    models/contributiontablemodel.h models/contributiontablemodel.cpp
    dialogs/coalitiondialog.h dialogs/coalitiondialog.cpp
    dialogs/memberdialog.h dialogs/memberdialog.cpp
    dialogs/statuschangedialog.h dialogs/statuschangedialog.cpp
    dialogs/contributionsdialog.h dialogs/contributionsdialog.cpp
    dialogs/barriersdialog.h dialogs/barriersdialog.cpp
    dialogs/interestsdialog.h dialogs/interestsdialog.cpp
    widgets/enumchoices.h
    widgets/optionaldateedit.h widgets/optionaldateedit.cpp
    widgets/linelisteditor.h widgets/linelisteditor.cpp
    widgets/choicedelegate.h widgets/choicedelegate.cpp
    widgets/coalitiondetailsform.h widgets/coalitiondetailsform.cpp
    widgets/memberdetailspanel.h widgets/memberdetailspanel.cpp
    widgets/membersview.h widgets/membersview.cpp
    widgets/actionbutton.h widgets/actionbutton.cpp)
