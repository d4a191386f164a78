# The registry pages: organizations and people (pages, models, dialogs).
target_sources(coalition_ui PRIVATE
    pages/organizationspage.h pages/organizationspage.cpp
    pages/peoplepage.h pages/peoplepage.cpp
    models/organizationfilter.h models/organizationfilter.cpp
    models/organizationtablemodel.h models/organizationtablemodel.cpp
    models/organizationloader.h models/organizationloader.cpp
    models/organizationchoicemodel.h models/organizationchoicemodel.cpp
    models/persontablemodel.h models/persontablemodel.cpp
    widgets/registrycommon.h widgets/registrycommon.cpp
    dialogs/organizationdialog.h dialogs/organizationdialog.cpp
    dialogs/persondialog.h dialogs/persondialog.cpp
    widgets/detailfieldlist.h widgets/detailfieldlist.cpp
    widgets/emptylistnotice.h widgets/emptylistnotice.cpp
    widgets/recordhistoryview.h widgets/recordhistoryview.cpp
    widgets/organizationdetails.h widgets/organizationdetails.cpp
    widgets/persondetails.h widgets/persondetails.cpp)
