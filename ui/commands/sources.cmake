target_sources(coalition_ui PRIVATE
    commands/recordcommand.h commands/recordcommand.cpp)
