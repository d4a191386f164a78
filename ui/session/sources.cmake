target_sources(coalition_ui PRIVATE
    session/workspacesession.h session/workspacesession.cpp
    session/auditdescriber.h session/auditdescriber.cpp)
