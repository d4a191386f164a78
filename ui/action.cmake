# The Action Groups page: goals, action groups with their progress reports,
# plans with tasks, budget and staffing edited in place, and the timeline tab
# (page, edits, models, dialogs, panels).
target_sources(coalition_ui PRIVATE
    pages/actiongroupspage.h pages/actiongroupspage.cpp pages/actiongroupstabs.cpp
    pages/actiongroupedits.h pages/actiongroupedits.cpp
    pages/actionplanedits.h pages/actionplanedits.cpp
    models/actiondata.h models/actiondata.cpp
    models/actiongrouplistmodel.h models/actiongrouplistmodel.cpp
    models/planlistmodel.h models/planlistmodel.cpp
    models/tasktablemodel.h models/tasktablemodel.cpp
    models/planlinetablemodel.h models/planlinetablemodel.cpp
    models/budgettablemodel.h models/budgettablemodel.cpp
    models/staffingtablemodel.h models/staffingtablemodel.cpp
    models/goallistmodel.h models/goallistmodel.cpp
    dialogs/goaldialog.h dialogs/goaldialog.cpp
    dialogs/actiongroupdialog.h dialogs/actiongroupdialog.cpp
    dialogs/actionplandialog.h dialogs/actionplandialog.cpp
    dialogs/taskdialog.h dialogs/taskdialog.cpp
    dialogs/progressreportdialog.h dialogs/progressreportdialog.cpp
    widgets/actionchoices.h widgets/actionchoices.cpp
    widgets/datedelegate.h widgets/datedelegate.cpp
    widgets/actiongrouppanel.h widgets/actiongrouppanel.cpp
    widgets/actionplanpanel.h widgets/actionplanpanel.cpp)
