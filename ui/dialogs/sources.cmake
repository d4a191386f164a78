target_sources(coalition_ui PRIVATE
    dialogs/recorddialog.h dialogs/recorddialog.cpp)
