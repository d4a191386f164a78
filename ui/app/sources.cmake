target_sources(coalition_ui PRIVATE
    app/mainwindow.h app/mainwindow.cpp
    app/messagebox.h app/messagebox.cpp
    app/settings.h app/settings.cpp
    app/workspaceopener.h app/workspaceopener.cpp)
