# The Reports page (kind, period, live preview, export and print) and the
# Results page (successes, evaluations, conflicts with their ladder).
find_package(Qt6 6.4 REQUIRED COMPONENTS PrintSupport)
target_sources(coalition_ui PRIVATE
    pages/reportspage.h pages/reportspage.cpp
    pages/resultspage.h pages/resultspage.cpp
    pages/resultactions.h pages/resultactions.cpp
    pages/conflictactions.h pages/conflictactions.cpp
    models/outcomenames.h models/outcomenames.cpp
    models/outcomelistmodel.h models/outcomelistmodel.cpp
    models/successlistmodel.h models/successlistmodel.cpp
    models/evaluationlistmodel.h models/evaluationlistmodel.cpp
    models/conflictlistmodel.h models/conflictlistmodel.cpp
    dialogs/successdialog.h dialogs/successdialog.cpp
    dialogs/evaluationdialog.h dialogs/evaluationdialog.cpp
    dialogs/conflictdialog.h dialogs/conflictdialog.cpp
    dialogs/resolvedialog.h dialogs/resolvedialog.cpp
    widgets/memberchecklist.h widgets/memberchecklist.cpp
    widgets/outcomelistview.h widgets/outcomelistview.cpp)
target_link_libraries(coalition_ui PUBLIC coalition_reports_pdf Qt6::PrintSupport)
