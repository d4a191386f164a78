# The Relationships page: the matrix and the network graph of a coalition's
# members (with its layout and PNG/SVG export), the network figures, the
# list of relationships with its actions and dialog.
find_package(Qt6 6.4 REQUIRED COMPONENTS Svg)
target_sources(coalition_ui PRIVATE
    pages/relationshipspage.h pages/relationshipspage.cpp pages/relationshipstabs.cpp
    pages/relationshipactions.h pages/relationshipactions.cpp
    models/relationshipstyle.h models/relationshipstyle.cpp
    models/relationshipmatrixmodel.h models/relationshipmatrixmodel.cpp
    models/relationshiplistmodel.h models/relationshiplistmodel.cpp
    models/relationshippartymodel.h models/relationshippartymodel.cpp
    dialogs/relationshipdialog.h dialogs/relationshipdialog.cpp
    widgets/graphlayout.h widgets/graphlayout.cpp
    widgets/networkgraphitems.h widgets/networkgraphitems.cpp
    widgets/networkgraphview.h widgets/networkgraphview.cpp widgets/networkgraphexport.cpp
    widgets/networkfigurespanel.h widgets/networkfigurespanel.cpp)
target_link_libraries(coalition_ui PUBLIC Qt6::Svg)
