# The Stage page: the stage assessment of the current coalition with its
# criteria and evidence, checklist answers, the recorded stage history and
# the type fit (page, model, dialog, widgets).
target_sources(coalition_ui PRIVATE
    pages/stagepage.h pages/stagepage.cpp pages/stagepagetabs.cpp pages/stagepageedits.cpp
    models/stagecriteriamodel.h models/stagecriteriamodel.cpp
    dialogs/stagechangedialog.h dialogs/stagechangedialog.cpp
    widgets/stageanswerform.h widgets/stageanswerform.cpp
    widgets/stagecriterionpanel.h widgets/stagecriterionpanel.cpp
    widgets/stagehistorylist.h widgets/stagehistorylist.cpp
    widgets/stagerecordlinks.h widgets/stagerecordlinks.cpp
    widgets/stagesummary.h widgets/stagesummary.cpp
    widgets/stagetypefitview.h widgets/stagetypefitview.cpp
    widgets/stagewrapdelegate.h widgets/stagewrapdelegate.cpp)
